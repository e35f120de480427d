package fr.deffinum.infrastructure.axon;

/**
 * Axon Framework 4 ships an update checker that calls an outside host and a console banner that
 * advertises one. A State tool does not phone home: both are switched off before Axon starts.
 */
public final class OutboundCalls {

    private OutboundCalls() {
    }

    public static void disable() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        System.setProperty("disable-axoniq-console-message", "true");
    }
}
