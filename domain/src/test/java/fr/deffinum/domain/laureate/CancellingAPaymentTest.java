package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.CorrectionFixtures.CANCELLED_ON;
import static fr.deffinum.domain.laureate.CorrectionFixtures.RECOVERY_ID;
import static fr.deffinum.domain.laureate.CorrectionFixtures.WITHDRAWN_ON;
import static fr.deffinum.domain.laureate.CorrectionFixtures.cancel;
import static fr.deffinum.domain.laureate.CorrectionFixtures.cancelled;
import static fr.deffinum.domain.laureate.CorrectionFixtures.recovered;
import static fr.deffinum.domain.laureate.CorrectionFixtures.withdrawn;
import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE;
import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE_ID;
import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE_PAID_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.AWARDED;
import static fr.deffinum.domain.laureate.LaureateFixtures.advancePaid;
import static fr.deffinum.domain.laureate.LaureateFixtures.breaking;
import static fr.deffinum.domain.laureate.LaureateFixtures.decisionNotified;
import static fr.deffinum.domain.laureate.LaureateFixtures.laureateFixture;
import static fr.deffinum.domain.laureate.LaureateFixtures.makePayment;
import static fr.deffinum.domain.laureate.LaureateFixtures.maritimusSelected;
import static fr.deffinum.domain.laureate.LaureateFixtures.paymentMade;
import static fr.deffinum.domain.money.Money.euros;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Cancelling an erroneous payment")
class CancellingAPaymentTest {

    private AggregateTestFixture<Laureate> fixture;

    @BeforeEach
    void createFixture() {
        fixture = laureateFixture();
    }

    @Test
    void a_recorded_payment_is_cancelled_with_its_amount() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(cancel(ADVANCE_ID, CANCELLED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(cancelled(ADVANCE_ID, ADVANCE, CANCELLED_ON));
    }

    @Test
    void once_cancelled_a_payment_no_longer_counts_towards_the_awarded_amount() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid(), cancelled(ADVANCE_ID, ADVANCE, CANCELLED_ON))
                .when(makePayment("VERS-2", AWARDED, PaymentKind.BALANCE, CANCELLED_ON))
                .expectEvents(paymentMade("VERS-2", AWARDED, PaymentKind.BALANCE, CANCELLED_ON));
    }

    @Test
    void an_unknown_payment_cannot_be_cancelled() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(cancel("VERS-INCONNU", CANCELLED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.UNKNOWN_PAYMENT));
    }

    @Test
    void a_payment_cannot_be_cancelled_twice() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid(), cancelled(ADVANCE_ID, ADVANCE, CANCELLED_ON))
                .when(cancel(ADVANCE_ID, CANCELLED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.PAYMENT_ALREADY_CANCELLED));
    }

    @Test
    void a_cancellation_that_would_leave_less_paid_than_recovered_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid(),
                        recovered(RECOVERY_ID, euros("100000.00"), CANCELLED_ON))
                .when(cancel(ADVANCE_ID, CANCELLED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.CANCELLATION_BELOW_RECOVERED));
    }

    @Test
    void a_cancellation_dated_before_the_payment_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(cancel(ADVANCE_ID, ADVANCE_PAID_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP));
    }

    @Test
    void a_cancellation_after_withdrawal_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid(), withdrawn(WITHDRAWN_ON))
                .when(cancel(ADVANCE_ID, WITHDRAWN_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.LAUREATE_WITHDRAWN));
    }
}
