package fr.deffinum.application.importing;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.ProgrammeHolding;
import java.util.List;

/** The event store as the upgrade of a store written before programmes were data reads it ({@link ProgrammesUpgrade}). */
public interface StoredLaureates {

    /** Whether any event of a programme is stored: programmes are data in this store already. */
    boolean anyProgramme();

    /** Whether any event of a laureate is stored. */
    boolean anyLaureate();

    /** What each stored laureate holds of its programme, as its events leave it, in the order the laureates were selected. */
    List<Held> holdings();

    record Held(LaureateId laureate, ProgrammeHolding holding) {
    }
}
