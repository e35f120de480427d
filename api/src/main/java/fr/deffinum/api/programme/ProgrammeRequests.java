package fr.deffinum.api.programme;

import fr.deffinum.api.laureate.PlausibleDate;
import fr.deffinum.domain.programme.ProgrammeCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The bodies of the programme endpoints. Amounts are decimal euros; their rules are the domain's. */
final class ProgrammeRequests {

    private ProgrammeRequests() {
    }

    /** {@code envelope} absent while not known; {@code sectors} absent or empty when the call has no sector taxonomy. */
    record Opening(@NotNull @Pattern(regexp = ProgrammeCode.SHAPE, message = "{fr.deffinum.ProgrammeCode.message}")
                   String code,
                   @NotBlank @Size(max = 300) String name, @Size(max = 300) String plan, boolean euFunded,
                   @Size(max = 300) String operator, @NotNull @PlausibleDate LocalDate openedOn, BigDecimal envelope,
                   @Size(max = 100) List<@NotBlank @Size(max = 200) String> sectors, @Size(max = 2000) String reason) {
    }

    /** Why the envelope changes is kept with it: the reason is required. */
    record EnvelopeChange(@NotNull BigDecimal envelope, @NotNull @PlausibleDate LocalDate changedOn,
                          @NotBlank @Size(max = 2000) String reason) {
    }

    /** The officers' user names; the set replaces the previous one. {@code assignedOn} defaults to today. */
    record OfficerAssignment(@NotNull @Size(max = 200) List<@NotBlank @Size(max = 100) String> officers,
                             @PlausibleDate LocalDate assignedOn, @Size(max = 2000) String reason) {
    }
}
