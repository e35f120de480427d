package fr.deffinum.api.laureate;

import fr.deffinum.application.laureate.AmountBasis;
import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.domain.laureate.Programme;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.money.Money;

/** A laureate in a list: its identity and its figures, with the basis of its grant. */
public record LaureateSummary(String id, String reference, String name, String lead, Programme programme,
                              Sector sector, String sectorLabel, LaureateStatus status, Money totalCost,
                              Money maxGrant, Money awardedAmount, AmountBasis amountBasis, Money paid,
                              Money remainingToPay, long version) {

    static LaureateSummary of(LaureateView v) {
        return new LaureateSummary(v.id(), v.reference(), v.name(), v.lead(), v.programme(), v.sector(),
                v.sector().label(), v.status(), v.totalCost(), v.maxGrant(), v.awardedAmount(), v.amountBasis(),
                v.paid(), v.remainingToPay(), v.version());
    }
}
