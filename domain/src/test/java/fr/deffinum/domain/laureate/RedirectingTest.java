package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.LaureateFixtures.AWARDED;
import static fr.deffinum.domain.laureate.LaureateFixtures.CMA;
import static fr.deffinum.domain.laureate.LaureateFixtures.CMA_STRATEGY;
import static fr.deffinum.domain.laureate.LaureateFixtures.DEFFINUM;
import static fr.deffinum.domain.laureate.LaureateFixtures.MARITIMUS;
import static fr.deffinum.domain.laureate.LaureateFixtures.NOTIFIED_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.REDIRECTED_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.SELECTED_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.breaking;
import static fr.deffinum.domain.laureate.LaureateFixtures.decisionNotified;
import static fr.deffinum.domain.laureate.LaureateFixtures.laureateFixture;
import static fr.deffinum.domain.laureate.LaureateFixtures.maritimusSelected;
import static fr.deffinum.domain.laureate.LaureateFixtures.notifyDecision;
import static fr.deffinum.domain.laureate.LaureateFixtures.redirectToCma;
import static fr.deffinum.domain.laureate.LaureateFixtures.redirectedToCma;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.laureate.commands.RedirectLaureate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Redirecting a laureate to another programme")
class RedirectingTest {

    private AggregateTestFixture<Laureate> fixture;

    @BeforeEach
    void createFixture() {
        fixture = laureateFixture();
    }

    @Test
    void a_selected_laureate_is_redirected_to_cma_before_any_decision() {
        fixture.given(maritimusSelected())
                .when(redirectToCma(REDIRECTED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(redirectedToCma(REDIRECTED_ON));
    }

    @Test
    void a_redirection_on_the_day_of_selection_is_accepted() {
        fixture.given(maritimusSelected())
                .when(redirectToCma(SELECTED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(redirectedToCma(SELECTED_ON));
    }

    @Test
    void a_second_redirection_is_refused() {
        fixture.given(maritimusSelected(), redirectedToCma(REDIRECTED_ON))
                .when(redirectToCma(REDIRECTED_ON.plusMonths(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.ALREADY_REDIRECTED));
    }

    @Test
    void a_redirection_after_the_decision_was_notified_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(redirectToCma(NOTIFIED_ON.plusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.ALREADY_NOTIFIED));
    }

    @Test
    void a_redirection_to_the_programme_it_is_in_is_refused() {
        fixture.given(maritimusSelected())
                .when(new RedirectLaureate(MARITIMUS, DEFFINUM, CMA_STRATEGY, REDIRECTED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.SAME_PROGRAMME));
    }

    @Test
    void a_redirected_laureate_belongs_to_its_new_programme_with_its_maximum_as_exposure() {
        fixture.given(maritimusSelected(), redirectedToCma(REDIRECTED_ON))
                .when(notifyDecision(AWARDED, NOTIFIED_ON))
                .expectSuccessfulHandlerExecution()
                .expectState(laureate -> {
                    assertThat(laureate.holding().programme()).isEqualTo(CMA);
                    assertThat(laureate.holding().amount()).isEqualTo(AWARDED);
                    assertThat(laureate.holding().since()).isEqualTo(NOTIFIED_ON);
                });
    }

    @Test
    void a_redirection_dated_before_the_selection_is_refused() {
        fixture.given(maritimusSelected())
                .when(redirectToCma(SELECTED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP));
    }
}
