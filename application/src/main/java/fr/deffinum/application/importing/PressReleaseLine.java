package fr.deffinum.application.importing;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.money.Money;

/**
 * One laureate as the press release lists it. In Annexe 2 (redirected to CMA) the published
 * "sectors" column holds the France 2030 strategy instead.
 */
record PressReleaseLine(int annex, int row, String name, String lead, String sectorsAsPublished, Sector sector,
                        Money totalCost, Money maximumGrant) {

    String reference() {
        return "DEFFINUM-2022-A%d-%02d".formatted(annex, row);
    }

    LaureateId laureateId() {
        return LaureateId.fromReference(reference());
    }

    boolean redirectedToCma() {
        return annex == 2;
    }
}
