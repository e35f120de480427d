package fr.deffinum.api.laureate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the correction endpoints; the rules are the domain's. {@code documents}: the evidence cited, as in {@link Requests}. */
final class CorrectionRequests {

    private CorrectionRequests() {
    }

    record Amendment(@NotNull BigDecimal awardedAmount, @NotBlank @Size(max = 100) String amendmentReference,
                     @NotNull @PlausibleDate LocalDate amendedOn, @Size(max = 2000) String reason,
                     @Size(max = 20) List<@NotBlank @Size(max = 64) String> documents,
                     @Size(max = 50) List<@NotNull @Valid TrancheRequest> tranches) {
    }

    record Cancellation(@NotNull @PlausibleDate LocalDate cancelledOn, @NotBlank @Size(max = 2000) String reason,
                        @Size(max = 20) List<@NotBlank @Size(max = 64) String> documents) {
    }

    record Recovery(@NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N}._:/-]+") String recoveryId,
                    @NotNull BigDecimal amount, @NotNull @PlausibleDate LocalDate recoveredOn,
                    @Size(max = 2000) String reason, @Size(max = 20) List<@NotBlank @Size(max = 64) String> documents) {
    }

    record Withdrawal(@NotNull @PlausibleDate LocalDate withdrawnOn, @NotBlank @Size(max = 2000) String reason,
                      @Size(max = 20) List<@NotBlank @Size(max = 64) String> documents) {
    }
}
