package fr.deffinum.api.programme;

import fr.deffinum.api.problem.ProgrammeNotFound;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.programme.ProgrammeRecorder;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.application.programme.Programmes;
import fr.deffinum.application.proposal.Proposals;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ApprovalPolicy;
import fr.deffinum.domain.programme.Operation;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.commands.SetApprovalPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A programme's approval policy: which operations wait for a second person, optionally only above
 * a threshold. Read by everyone who reads; stated by an administrator, with its reason, as an event.
 */
@RestController
class ApprovalPolicyController {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ProgrammeRecorder recorder;
    private final Proposals proposals;
    private final Programmes programmes;

    ApprovalPolicyController(ProgrammeRecorder recorder, Proposals proposals,
                             Programmes programmes) {
        this.recorder = recorder;
        this.proposals = proposals;
        this.programmes = programmes;
    }

    /** {@code operations} empty: none waits; {@code threshold} absent: each listed one waits whatever its amount. */
    record PolicyBody(@NotNull @Size(max = 7) List<@NotNull Operation> operations, BigDecimal threshold,
                      @NotBlank @Size(max = 2000) String reason) {
    }

    /** The policy in force, and whether it was recorded or is the default of programmes without one. */
    record PolicyResponse(String programme, List<Operation> operations, Money threshold, boolean recorded) {

        static PolicyResponse of(ProgrammeView programme, ApprovalPolicy policy) {
            return new PolicyResponse(programme.code().value(), policy.operations().stream().sorted().toList(),
                    policy.threshold(), programme.approvalPolicy() != null);
        }
    }

    @GetMapping("/api/programmes/{code}/approval-policy")
    PolicyResponse read(@PathVariable String code) {
        ProgrammeView programme = find(code);
        return PolicyResponse.of(programme, proposals.policy(programme));
    }

    @PutMapping(path = "/api/programmes/{code}/approval-policy", consumes = "application/json")
    PolicyResponse set(@PathVariable String code, @Valid @RequestBody PolicyBody body, Principal user) {
        ProgrammeView programme = find(code);
        ApprovalPolicy policy = new ApprovalPolicy(body.operations().isEmpty() ? EnumSet.noneOf(Operation.class)
                : EnumSet.copyOf(body.operations()), body.threshold() == null ? null : new Money(body.threshold()));
        ProgrammeView changed = recorder.setApprovalPolicy(new SetApprovalPolicy(programme.code(), policy,
                LocalDate.now(PARIS)), new Provenance(user.getName(), body.reason(), null));
        return PolicyResponse.of(changed, proposals.policy(changed));
    }

    private ProgrammeView find(String code) {
        ProgrammeCode programme = ProgrammeNotFound.requireCode(code);
        return programmes.find(programme).orElseThrow(() -> new ProgrammeNotFound(code));
    }
}
