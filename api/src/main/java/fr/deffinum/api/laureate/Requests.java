package fr.deffinum.api.laureate;

import fr.deffinum.domain.laureate.EvaluationOutcome;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.laureate.Scope;
import fr.deffinum.domain.programme.ProgrammeCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The bodies of the recording endpoints. Amounts are decimal euros; their rules are the domain's.
 * {@code documents}: the ids of documents attached to the laureate that the step cites as evidence.
 */
final class Requests {

    private Requests() {
    }

    /** {@code sector}: a label of the programme's taxonomy (for DEFFINUM, its code such as {@code TECHNOLOGY} too), absent where it has none. */
    record Selection(@NotNull ProgrammeCode programme, @NotBlank @Size(max = 100) String reference,
                     @NotBlank @Size(max = 300) String name,
                     @NotBlank @Size(max = 300) String lead, @Size(max = 500) String sectorsAsPublished,
                     @Size(max = 200) String sector, Scope scope, @NotNull BigDecimal totalCost,
                     @NotNull BigDecimal maxGrant, @NotNull @PlausibleDate LocalDate selectedOn,
                     @Size(max = 2000) String reason) {
    }

    /** {@code programme}: where the laureate goes, CMA when absent (the only target before programmes were data). */
    record Redirection(ProgrammeCode programme, @NotBlank @Size(max = 200) String strategy,
                       @NotNull @PlausibleDate LocalDate redirectedOn, @Size(max = 2000) String reason,
                       @Size(max = 20) List<@NotBlank @Size(max = 64) String> documents) {

        private static final ProgrammeCode CMA = new ProgrammeCode("CMA");

        ProgrammeCode target() {
            return programme == null ? CMA : programme;
        }
    }

    record Notification(@NotNull BigDecimal awardedAmount, @NotBlank @Size(max = 100) String decisionReference,
                        @NotNull @PlausibleDate LocalDate notifiedOn, @Size(max = 2000) String reason,
                        @Size(max = 20) List<@NotBlank @Size(max = 64) String> documents) {
    }

    /** {@code trancheId}: under a convention, the tranche the payment releases. */
    record Payment(@NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N}._:/-]+") String paymentId,
                   @NotNull BigDecimal amount, @NotNull PaymentKind kind, @NotNull @PlausibleDate LocalDate paidOn,
                   @Size(max = 2000) String reason, @Size(max = 20) List<@NotBlank @Size(max = 64) String> documents,
                   @Size(max = 40) String trancheId) {
    }

    record Evaluation(@NotNull EvaluationOutcome outcome, @NotNull @PlausibleDate LocalDate evaluatedOn,
                      @Size(max = 4000) String comment, @Size(max = 20) List<@NotBlank @Size(max = 64) String> documents) {
    }

    /** The key is checked by the domain ({@code SIRET_INVALID}); {@code recordedOn} defaults to today. */
    record SiretRecording(@NotBlank @Size(max = 20) String siret, @PlausibleDate LocalDate recordedOn,
                          @Size(max = 2000) String reason, @Size(max = 20) List<@NotBlank @Size(max = 64) String> documents) {
    }
}
