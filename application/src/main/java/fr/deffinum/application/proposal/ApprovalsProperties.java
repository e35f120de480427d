package fr.deffinum.application.proposal;

import fr.deffinum.domain.programme.ApprovalPolicy;
import fr.deffinum.domain.programme.Operation;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The approval policy of a programme for which an administrator has recorded none.
 *
 * @param defaultOperations the operations that then need a second person's approval: every one by default
 */
@ConfigurationProperties("deffinum.approvals")
public record ApprovalsProperties(
        @DefaultValue({"NOTIFICATION", "AMENDMENT", "PAYMENT", "CANCELLATION", "RECOVERY", "WITHDRAWAL", "CONVENTION"})
        Set<Operation> defaultOperations) {

    public ApprovalPolicy defaultPolicy() {
        return new ApprovalPolicy(defaultOperations, null);
    }
}
