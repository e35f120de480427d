package fr.deffinum.application.importing;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;

/**
 * One laureate as the press release lists it, at {@code line} of the seed's file. In Annexe 2
 * (redirected to CMA) the published "sectors" column holds the France 2030 strategy instead.
 */
record PressReleaseLine(int line, int annex, int row, String name, String lead, String sectorsAsPublished,
                        Sector sector, Money totalCost, Money maximumGrant, LocalDate selectedOn) {

    String reference() {
        return "DEFFINUM-2022-A%d-%02d".formatted(annex, row);
    }

    LaureateId laureateId() {
        return LaureateId.fromReference(reference());
    }

    boolean redirectedToCma() {
        return annex == 2;
    }

    /**
     * The line an import of DEFFINUM's laureates reads: in its sector, by its label. A laureate of
     * Annexe 2 publishes a strategy, not sectors: that goes with its redirection.
     */
    LaureateLine asSelected() {
        return new LaureateLine(line, reference(), name, lead, redirectedToCma() ? null : sectorsAsPublished,
                sector.label(), totalCost, maximumGrant, selectedOn);
    }
}
