package fr.deffinum.api.laureate;

import fr.deffinum.domain.laureate.DocumentKind;
import fr.deffinum.domain.laureate.convention.ReleaseCondition;
import fr.deffinum.domain.laureate.convention.Tranche;
import fr.deffinum.domain.laureate.convention.TrancheKind;
import fr.deffinum.domain.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A tranche of a convention's schedule, as a body states it (planned years ahead, maybe); its amounts' rules are the domain's. */
record TrancheRequest(@NotBlank @Size(max = 40) @Pattern(regexp = "[\\p{L}\\p{N}._:/-]+") String trancheId,
                      @NotNull TrancheKind kind, @NotNull LocalDate plannedOn, @NotNull BigDecimal amount,
                      @Size(max = 10) List<@NotNull @Valid Condition> conditions) {

    /** {@code {"document": "RAPPORT_INTERMEDIAIRE"}} or {@code {"expensesShare": 0.70}}. */
    record Condition(DocumentKind document,
                     @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal expensesShare) {

        @AssertTrue(message = "a condition is a document or an expenses share, one of them")
        boolean isOneOfThem() {
            return (document == null) != (expensesShare == null);
        }
    }

    Tranche tranche() {
        return new Tranche(trancheId, kind, plannedOn, new Money(amount), conditions == null ? List.of()
                : conditions.stream().map(c -> new ReleaseCondition(c.document(), c.expensesShare())).toList());
    }

    /** The tranches of {@code requests}, null where the body states none. */
    static List<Tranche> tranches(List<TrancheRequest> requests) {
        return requests == null ? null : requests.stream().map(TrancheRequest::tranche).toList();
    }
}
