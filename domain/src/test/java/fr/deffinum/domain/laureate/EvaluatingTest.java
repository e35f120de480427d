package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE_PAID_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.EVALUATED_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.advancePaid;
import static fr.deffinum.domain.laureate.LaureateFixtures.breaking;
import static fr.deffinum.domain.laureate.LaureateFixtures.decisionNotified;
import static fr.deffinum.domain.laureate.LaureateFixtures.evaluate;
import static fr.deffinum.domain.laureate.LaureateFixtures.evaluated;
import static fr.deffinum.domain.laureate.LaureateFixtures.laureateFixture;
import static fr.deffinum.domain.laureate.LaureateFixtures.maritimusSelected;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Evaluating a laureate")
class EvaluatingTest {

    private static final String COMMENT = "Plateforme de simulation maritime déployée dans les quatre sites";

    private AggregateTestFixture<Laureate> fixture;

    @BeforeEach
    void createFixture() {
        fixture = laureateFixture();
    }

    @Test
    void a_laureate_paid_at_least_once_is_evaluated() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(evaluate(EvaluationOutcome.PARTLY_ACHIEVED, COMMENT, EVALUATED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(evaluated(EvaluationOutcome.PARTLY_ACHIEVED, COMMENT, EVALUATED_ON));
    }

    @Test
    void an_evaluation_on_the_day_of_the_first_payment_is_accepted() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(evaluate(EvaluationOutcome.NOT_ACHIEVED, COMMENT, ADVANCE_PAID_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(evaluated(EvaluationOutcome.NOT_ACHIEVED, COMMENT, ADVANCE_PAID_ON));
    }

    @Test
    void a_notified_laureate_never_paid_cannot_be_evaluated() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(evaluate(EvaluationOutcome.NOT_ACHIEVED, COMMENT, EVALUATED_ON))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.NOT_YET_PAID));
    }

    @Test
    void a_laureate_merely_selected_cannot_be_evaluated() {
        fixture.given(maritimusSelected())
                .when(evaluate(EvaluationOutcome.NOT_ACHIEVED, COMMENT, EVALUATED_ON))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.NOT_YET_PAID));
    }

    @Test
    void a_second_evaluation_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid(),
                        evaluated(EvaluationOutcome.PARTLY_ACHIEVED, COMMENT, EVALUATED_ON))
                .when(evaluate(EvaluationOutcome.ACHIEVED, COMMENT, EVALUATED_ON.plusMonths(6)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.ALREADY_EVALUATED));
    }

    @Test
    void an_evaluation_dated_before_the_first_payment_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(evaluate(EvaluationOutcome.ACHIEVED, COMMENT, ADVANCE_PAID_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP));
    }
}
