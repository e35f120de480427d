package fr.deffinum.domain.laureate.convention;

import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One release of money a convention plans: how much, when, and on what conditions. */
public record Tranche(String trancheId, TrancheKind kind, LocalDate plannedOn, Money amount,
                      List<ReleaseCondition> conditions) {

    public Tranche {
        Objects.requireNonNull(trancheId, "trancheId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(plannedOn, "plannedOn");
        Objects.requireNonNull(amount, "amount");
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }
}
