package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE;
import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE_ID;
import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE_PAID_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.AWARDED;
import static fr.deffinum.domain.laureate.LaureateFixtures.EVALUATED_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.NOTIFIED_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.REDIRECTED_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.decisionNotified;
import static fr.deffinum.domain.laureate.LaureateFixtures.evaluate;
import static fr.deffinum.domain.laureate.LaureateFixtures.evaluated;
import static fr.deffinum.domain.laureate.LaureateFixtures.laureateFixture;
import static fr.deffinum.domain.laureate.LaureateFixtures.makePayment;
import static fr.deffinum.domain.laureate.LaureateFixtures.maritimusSelected;
import static fr.deffinum.domain.laureate.LaureateFixtures.notifyDecision;
import static fr.deffinum.domain.laureate.LaureateFixtures.paymentMade;
import static fr.deffinum.domain.laureate.LaureateFixtures.redirectToCma;
import static fr.deffinum.domain.laureate.LaureateFixtures.redirectedToCma;
import static fr.deffinum.domain.laureate.LaureateFixtures.selectMaritimus;
import static fr.deffinum.domain.money.Money.euros;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A laureate's life told step by step: each step is given all that happened before it. */
@DisplayName("A laureate's lifecycle")
class LaureateLifecycleTest {

    private AggregateTestFixture<Laureate> fixture;
    private final List<Object> history = new ArrayList<>();

    @BeforeEach
    void createFixture() {
        fixture = laureateFixture();
    }

    @Test
    void maritimus_is_selected_notified_paid_in_three_instalments_then_evaluated_as_achieved() {
        // DEFFINUM selects MARITIMUS: 1,976,800.00 € of total cost, at most 1,383,760.00 € of grant.
        step(selectMaritimus(), maritimusSelected());
        // The State notifies its decision: 1,300,000.00 € awarded.
        step(notifyDecision(AWARDED, NOTIFIED_ON), decisionNotified(AWARDED, NOTIFIED_ON));
        // An advance of 400,000.00 €...
        step(makePayment(ADVANCE_ID, ADVANCE, PaymentKind.ADVANCE, ADVANCE_PAID_ON),
                paymentMade(ADVANCE_ID, euros("400000.00"), PaymentKind.ADVANCE, ADVANCE_PAID_ON));
        // ...an interim payment of 500,000.00 €...
        LocalDate interimPaidOn = LocalDate.of(2024, 3, 15);
        step(makePayment("VERS-MARITIMUS-002", euros("500000.00"), PaymentKind.INTERIM, interimPaidOn),
                paymentMade("VERS-MARITIMUS-002", euros("500000.00"), PaymentKind.INTERIM, interimPaidOn));
        // ...and the balance of 400,000.00 €: exactly what was awarded.
        LocalDate balancePaidOn = LocalDate.of(2025, 6, 30);
        step(makePayment("VERS-MARITIMUS-003", euros("400000.00"), PaymentKind.BALANCE, balancePaidOn),
                paymentMade("VERS-MARITIMUS-003", euros("400000.00"), PaymentKind.BALANCE, balancePaidOn));
        // The project delivered what it promised.
        String comment = "Objectifs de formation atteints sur les quatre sites";
        step(evaluate(EvaluationOutcome.ACHIEVED, comment, EVALUATED_ON),
                evaluated(EvaluationOutcome.ACHIEVED, comment, EVALUATED_ON));
    }

    @Test
    void maritimus_is_redirected_to_cma_before_the_decision_then_notified() {
        // DEFFINUM selects MARITIMUS.
        step(selectMaritimus(), maritimusSelected());
        // Before any decision, it is moved to the CMA call.
        step(redirectToCma(REDIRECTED_ON), redirectedToCma(REDIRECTED_ON));
        // The State then notifies its decision.
        step(notifyDecision(AWARDED, NOTIFIED_ON), decisionNotified(AWARDED, NOTIFIED_ON));
    }

    /** Given everything that happened so far, the command records exactly the expected event. */
    private void step(Object command, Object expectedEvent) {
        fixture.given(history)
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(expectedEvent);
        history.add(expectedEvent);
    }
}
