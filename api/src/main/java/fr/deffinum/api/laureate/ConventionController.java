package fr.deffinum.api.laureate;

import static fr.deffinum.api.laureate.LaureateWrites.CORRELATION;
import static fr.deffinum.api.laureate.LaureateWrites.IF_MATCH;
import static fr.deffinum.api.laureate.LaureateWrites.provenance;

import fr.deffinum.domain.laureate.commands.SignConvention;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The convention signed with a laureate after the decision, its signed document among {@code documents},
 * with its schedule: recorded at once or proposed, as the programme's approval policy says.
 */
@RestController
class ConventionController {

    private final LaureateWrites writes;

    ConventionController(LaureateWrites writes) {
        this.writes = writes;
    }

    record Convention(@NotBlank @Size(max = 100) String reference, @NotNull @PlausibleDate LocalDate signedOn,
                      @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
                      @Size(max = 20) List<@NotBlank @Size(max = 64) String> documents,
                      @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid TrancheRequest> tranches,
                      @Size(max = 2000) String reason) {
    }

    @PostMapping(path = "/api/laureates/{id}/convention", consumes = "application/json")
    @RecordedOrProposed
    ResponseEntity<?> sign(@PathVariable String id, @Valid @RequestBody Convention body, Principal user,
                           @RequestHeader(name = CORRELATION, required = false) String correlation,
                           @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return writes.submit(id, user, laureate -> new SignConvention(laureate, body.reference(), body.signedOn(),
                        body.startsOn(), body.endsOn(), TrancheRequest.tranches(body.tranches())),
                provenance(user, body.reason(), correlation, body.documents()), ifMatch);
    }
}
