package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.CorrectionFixtures.AMENDED_ON;
import static fr.deffinum.domain.laureate.CorrectionFixtures.amended;
import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE;
import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE_ID;
import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE_PAID_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.AWARDED;
import static fr.deffinum.domain.laureate.LaureateFixtures.MAXIMUM_GRANT;
import static fr.deffinum.domain.laureate.LaureateFixtures.NOTIFIED_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.advancePaid;
import static fr.deffinum.domain.laureate.LaureateFixtures.breaking;
import static fr.deffinum.domain.laureate.LaureateFixtures.decisionNotified;
import static fr.deffinum.domain.laureate.LaureateFixtures.laureateFixture;
import static fr.deffinum.domain.laureate.LaureateFixtures.makePayment;
import static fr.deffinum.domain.laureate.LaureateFixtures.maritimusSelected;
import static fr.deffinum.domain.laureate.LaureateFixtures.paymentMade;
import static fr.deffinum.domain.money.Money.euros;

import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Making a payment")
class MakingAPaymentTest {

    private static final String INTERIM_ID = "VERS-MARITIMUS-002";
    private static final LocalDate INTERIM_PAID_ON = LocalDate.of(2024, 3, 15);

    private AggregateTestFixture<Laureate> fixture;

    @BeforeEach
    void createFixture() {
        fixture = laureateFixture();
    }

    @Test
    void an_advance_is_paid_once_the_decision_is_notified() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(makePayment(ADVANCE_ID, ADVANCE, PaymentKind.ADVANCE, ADVANCE_PAID_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(advancePaid());
    }

    @Test
    void payments_adding_up_to_exactly_the_awarded_amount_are_accepted() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(makePayment(INTERIM_ID, euros("900000.00"), PaymentKind.BALANCE, INTERIM_PAID_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(paymentMade(INTERIM_ID, euros("900000.00"), PaymentKind.BALANCE, INTERIM_PAID_ON));
    }

    @Test
    void an_identical_payment_resent_with_the_same_id_is_a_replay_that_records_nothing() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(makePayment(ADVANCE_ID, ADVANCE, PaymentKind.ADVANCE, ADVANCE_PAID_ON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_different_payment_under_an_id_already_used_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(makePayment(ADVANCE_ID, euros("400000.01"), PaymentKind.ADVANCE, ADVANCE_PAID_ON))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.PAYMENT_ID_REUSED));
    }

    @Test
    void a_payment_dated_before_the_amendment_that_made_room_for_it_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), amended(AWARDED, MAXIMUM_GRANT, AMENDED_ON))
                .when(makePayment(INTERIM_ID, euros("1350000.00"), PaymentKind.ADVANCE, AMENDED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP));
    }

    @Test
    void a_payment_before_the_decision_is_notified_is_refused() {
        fixture.given(maritimusSelected())
                .when(makePayment(ADVANCE_ID, ADVANCE, PaymentKind.ADVANCE, ADVANCE_PAID_ON))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.NOT_NOTIFIED));
    }

    @Test
    void a_payment_of_zero_euros_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(makePayment(ADVANCE_ID, Money.ZERO, PaymentKind.ADVANCE, ADVANCE_PAID_ON))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.AMOUNT_NOT_POSITIVE));
    }

    @Test
    void a_single_payment_above_the_awarded_amount_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(makePayment(ADVANCE_ID, euros("1300000.01"), PaymentKind.ADVANCE, ADVANCE_PAID_ON))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.PAYMENT_ABOVE_AWARDED));
    }

    @Test
    void a_payment_taking_the_cumulated_payments_above_the_awarded_amount_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(makePayment(INTERIM_ID, euros("900000.01"), PaymentKind.INTERIM, INTERIM_PAID_ON))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.PAYMENT_ABOVE_AWARDED));
    }

    @Test
    void a_payment_dated_before_the_notification_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(makePayment(ADVANCE_ID, ADVANCE, PaymentKind.ADVANCE, NOTIFIED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP));
    }
}
