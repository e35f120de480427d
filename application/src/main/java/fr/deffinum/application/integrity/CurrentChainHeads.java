package fr.deffinum.application.integrity;

/** The head of every aggregate's chain as the event store holds it now, read in one statement. */
public interface CurrentChainHeads {

    /** Every aggregate's last event with its stored hash; an aggregate whose last event has no hash is left out. */
    ChainHeadSet read();
}
