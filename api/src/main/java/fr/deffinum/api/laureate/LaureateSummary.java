package fr.deffinum.api.laureate;

import fr.deffinum.application.laureate.AmountBasis;
import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.programme.Sectors;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;

/** A laureate in a list: its identity and its figures, with the basis of its grant. */
public record LaureateSummary(String id, String reference, String name, String lead, ProgrammeCode programme,
                              String sector, String sectorLabel, LaureateStatus status, Money totalCost,
                              Money maxGrant, Money awardedAmount, AmountBasis amountBasis, Money paid,
                              Money remainingToPay, long version) {

    static LaureateSummary of(LaureateView v) {
        return new LaureateSummary(v.id(), v.reference(), v.name(), v.lead(), v.programme(), v.sector(),
                v.sector() == null ? null : Sectors.label(v.sector()), v.status(), v.totalCost(), v.maxGrant(), v.awardedAmount(), v.amountBasis(),
                v.paid(), v.remainingToPay(), v.version());
    }
}
