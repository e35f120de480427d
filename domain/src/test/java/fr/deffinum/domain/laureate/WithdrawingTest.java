package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.CorrectionFixtures.WITHDRAWN_ON;
import static fr.deffinum.domain.laureate.CorrectionFixtures.withdraw;
import static fr.deffinum.domain.laureate.CorrectionFixtures.withdrawn;
import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE;
import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE_ID;
import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE_PAID_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.AWARDED;
import static fr.deffinum.domain.laureate.LaureateFixtures.EVALUATED_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.NOTIFIED_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.advancePaid;
import static fr.deffinum.domain.laureate.LaureateFixtures.breaking;
import static fr.deffinum.domain.laureate.LaureateFixtures.decisionNotified;
import static fr.deffinum.domain.laureate.LaureateFixtures.evaluate;
import static fr.deffinum.domain.laureate.LaureateFixtures.laureateFixture;
import static fr.deffinum.domain.laureate.LaureateFixtures.makePayment;
import static fr.deffinum.domain.laureate.LaureateFixtures.maritimusSelected;
import static fr.deffinum.domain.laureate.LaureateFixtures.notifyDecision;
import static fr.deffinum.domain.laureate.LaureateFixtures.redirectToCma;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Withdrawal of the laureate (renonciation)")
class WithdrawingTest {

    private AggregateTestFixture<Laureate> fixture;

    @BeforeEach
    void createFixture() {
        fixture = laureateFixture();
    }

    @Test
    void a_selected_laureate_withdraws_before_any_decision() {
        fixture.given(maritimusSelected())
                .when(withdraw(WITHDRAWN_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(withdrawn(WITHDRAWN_ON));
    }

    @Test
    void a_paid_laureate_withdraws() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(withdraw(WITHDRAWN_ON))
                .expectEvents(withdrawn(WITHDRAWN_ON));
    }

    @Test
    void a_laureate_cannot_withdraw_twice() {
        fixture.given(maritimusSelected(), withdrawn(WITHDRAWN_ON))
                .when(withdraw(WITHDRAWN_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.LAUREATE_WITHDRAWN));
    }

    @Test
    void a_withdrawal_dated_before_the_last_payment_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(withdraw(ADVANCE_PAID_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP));
    }

    @Test
    void no_decision_is_notified_after_withdrawal() {
        fixture.given(maritimusSelected(), withdrawn(WITHDRAWN_ON))
                .when(notifyDecision(AWARDED, WITHDRAWN_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.LAUREATE_WITHDRAWN));
    }

    @Test
    void no_redirection_after_withdrawal() {
        fixture.given(maritimusSelected(), withdrawn(WITHDRAWN_ON))
                .when(redirectToCma(WITHDRAWN_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.LAUREATE_WITHDRAWN));
    }

    @Test
    void no_new_payment_after_withdrawal() {
        fixture.given(maritimusSelected(), decisionNotified(), withdrawn(WITHDRAWN_ON))
                .when(makePayment(ADVANCE_ID, ADVANCE, PaymentKind.ADVANCE, WITHDRAWN_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.LAUREATE_WITHDRAWN));
    }

    @Test
    void a_payment_made_before_withdrawal_and_sent_again_is_still_a_replay() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid(), withdrawn(WITHDRAWN_ON))
                .when(makePayment(ADVANCE_ID, ADVANCE, PaymentKind.ADVANCE, ADVANCE_PAID_ON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void no_evaluation_after_withdrawal() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid(), withdrawn(WITHDRAWN_ON))
                .when(evaluate(EvaluationOutcome.NOT_ACHIEVED, "Abandon", EVALUATED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.LAUREATE_WITHDRAWN));
    }

    @Test
    void withdrawal_is_dated_no_earlier_than_the_notification() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(withdraw(NOTIFIED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP));
    }
}
