package fr.deffinum.domain.programme;

import static fr.deffinum.domain.money.Money.euros;
import static fr.deffinum.domain.programme.ProgrammeFixtures.DEFFINUM;
import static fr.deffinum.domain.programme.ProgrammeFixtures.OPENED_ON;
import static fr.deffinum.domain.programme.ProgrammeFixtures.breaking;
import static fr.deffinum.domain.programme.ProgrammeFixtures.deffinumOpened;
import static fr.deffinum.domain.programme.ProgrammeFixtures.programmeFixture;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.commands.SetApprovalPolicy;
import fr.deffinum.domain.programme.events.ApprovalPolicyChanged;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Setting a programme's approval policy")
class SettingTheApprovalPolicyTest {

    private static final LocalDate ON = LocalDate.of(2023, 3, 1);
    private static final ApprovalPolicy PAYMENTS_ABOVE_100K = new ApprovalPolicy(
            EnumSet.of(Operation.PAYMENT, Operation.NOTIFICATION), euros("100000.00"));

    private AggregateTestFixture<Programme> fixture;

    @BeforeEach
    void createFixture() {
        fixture = programmeFixture();
    }

    @Test
    void a_policy_is_recorded_with_its_operations_and_threshold() {
        fixture.given(deffinumOpened())
                .when(new SetApprovalPolicy(DEFFINUM, PAYMENTS_ABOVE_100K, ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ApprovalPolicyChanged(DEFFINUM, Set.of(Operation.NOTIFICATION, Operation.PAYMENT),
                        euros("100000.00"), ON));
    }

    @Test
    void the_policy_in_force_stated_again_records_nothing_and_another_one_replaces_it() {
        ApprovalPolicyChanged inForce = new ApprovalPolicyChanged(DEFFINUM, PAYMENTS_ABOVE_100K.operations(),
                PAYMENTS_ABOVE_100K.threshold(), ON);
        fixture.given(deffinumOpened(), inForce)
                .when(new SetApprovalPolicy(DEFFINUM, PAYMENTS_ABOVE_100K, ON.plusDays(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(deffinumOpened(), inForce)
                .when(new SetApprovalPolicy(DEFFINUM, new ApprovalPolicy(Set.of(), null), ON.plusDays(1)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ApprovalPolicyChanged(DEFFINUM, Set.of(), null, ON.plusDays(1)));
    }

    @Test
    void a_zero_threshold_and_a_date_before_the_opening_are_refused() {
        fixture.given(deffinumOpened())
                .when(new SetApprovalPolicy(DEFFINUM, new ApprovalPolicy(Set.of(Operation.PAYMENT), Money.ZERO), ON))
                .expectNoEvents()
                .expectException(breaking(Rule.AMOUNT_NOT_POSITIVE));
        fixture.given(deffinumOpened())
                .when(new SetApprovalPolicy(DEFFINUM, PAYMENTS_ABOVE_100K, OPENED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP));
    }

    @Test
    void a_threshold_holds_only_what_moves_more_and_an_operation_without_amount_whenever_listed() {
        ApprovalPolicy policy = new ApprovalPolicy(EnumSet.of(Operation.PAYMENT, Operation.WITHDRAWAL),
                euros("100000.00"));

        assertThat(policy.requiresApproval(Operation.PAYMENT, euros("100000.00"))).isFalse();
        assertThat(policy.requiresApproval(Operation.PAYMENT, euros("100000.01"))).isTrue();
        assertThat(policy.requiresApproval(Operation.WITHDRAWAL, null)).isTrue();
        assertThat(policy.requiresApproval(Operation.NOTIFICATION, euros("5000000.00"))).isFalse();
        assertThat(ApprovalPolicy.EVERY_OPERATION.requiresApproval(Operation.RECOVERY, euros("0.01"))).isTrue();
        assertThat(new ApprovalPolicy(Set.of(), null).requiresApproval(Operation.PAYMENT, euros("9999999.00"))).isFalse();
    }

    @Test
    void the_operations_are_stored_in_the_same_order_whatever_order_they_came_in() {
        ApprovalPolicyChanged changed = new ApprovalPolicyChanged(DEFFINUM,
                Set.of(Operation.WITHDRAWAL, Operation.NOTIFICATION, Operation.PAYMENT), null, ON);

        assertThat(List.copyOf(changed.operations()))
                .containsExactly(Operation.NOTIFICATION, Operation.PAYMENT, Operation.WITHDRAWAL);
    }
}
