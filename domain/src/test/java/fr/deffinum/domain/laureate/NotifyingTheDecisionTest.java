package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.LaureateFixtures.AWARDED;
import static fr.deffinum.domain.laureate.LaureateFixtures.MAXIMUM_GRANT;
import static fr.deffinum.domain.laureate.LaureateFixtures.NOTIFIED_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.REDIRECTED_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.SELECTED_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.breaking;
import static fr.deffinum.domain.laureate.LaureateFixtures.decisionNotified;
import static fr.deffinum.domain.laureate.LaureateFixtures.laureateFixture;
import static fr.deffinum.domain.laureate.LaureateFixtures.maritimusSelected;
import static fr.deffinum.domain.laureate.LaureateFixtures.notifyDecision;
import static fr.deffinum.domain.laureate.LaureateFixtures.redirectedToCma;
import static fr.deffinum.domain.money.Money.euros;

import fr.deffinum.domain.money.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Notifying the State's decision")
class NotifyingTheDecisionTest {

    private AggregateTestFixture<Laureate> fixture;

    @BeforeEach
    void createFixture() {
        fixture = laureateFixture();
    }

    @Test
    void a_decision_below_the_maximum_is_notified() {
        fixture.given(maritimusSelected())
                .when(notifyDecision(AWARDED, NOTIFIED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(decisionNotified(AWARDED, NOTIFIED_ON));
    }

    @Test
    void a_decision_of_exactly_the_maximum_is_accepted() {
        fixture.given(maritimusSelected())
                .when(notifyDecision(MAXIMUM_GRANT, NOTIFIED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(decisionNotified(MAXIMUM_GRANT, NOTIFIED_ON));
    }

    @Test
    void a_decision_notified_on_the_day_of_selection_is_accepted() {
        fixture.given(maritimusSelected())
                .when(notifyDecision(AWARDED, SELECTED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(decisionNotified(AWARDED, SELECTED_ON));
    }

    @Test
    void a_decision_dated_before_the_redirection_it_follows_is_refused() {
        fixture.given(maritimusSelected(), redirectedToCma(REDIRECTED_ON))
                .when(notifyDecision(AWARDED, REDIRECTED_ON.minusDays(1)))
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP))
                .expectNoEvents();
    }

    @Test
    void a_laureate_redirected_to_cma_can_still_be_notified() {
        fixture.given(maritimusSelected(), redirectedToCma(REDIRECTED_ON))
                .when(notifyDecision(AWARDED, NOTIFIED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(decisionNotified(AWARDED, NOTIFIED_ON));
    }

    @Test
    void a_second_notification_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(notifyDecision(euros("1200000.00"), NOTIFIED_ON.plusMonths(2)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.ALREADY_NOTIFIED));
    }

    @Test
    void a_notification_of_zero_euros_is_refused() {
        fixture.given(maritimusSelected())
                .when(notifyDecision(Money.ZERO, NOTIFIED_ON))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.AMOUNT_NOT_POSITIVE));
    }

    @Test
    void a_notification_above_the_maximum_is_refused() {
        fixture.given(maritimusSelected())
                .when(notifyDecision(euros("1383760.01"), NOTIFIED_ON))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.AMOUNT_ABOVE_MAXIMUM));
    }

    @Test
    void a_notification_dated_before_the_selection_is_refused() {
        fixture.given(maritimusSelected())
                .when(notifyDecision(AWARDED, SELECTED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP));
    }
}
