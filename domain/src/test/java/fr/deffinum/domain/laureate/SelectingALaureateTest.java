package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.LaureateFixtures.MAXIMUM_GRANT;
import static fr.deffinum.domain.laureate.LaureateFixtures.TOTAL_COST;
import static fr.deffinum.domain.laureate.LaureateFixtures.breaking;
import static fr.deffinum.domain.laureate.LaureateFixtures.laureateFixture;
import static fr.deffinum.domain.laureate.LaureateFixtures.maritimusSelected;
import static fr.deffinum.domain.laureate.LaureateFixtures.selectMaritimus;
import static fr.deffinum.domain.money.Money.euros;

import fr.deffinum.domain.money.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Selecting a laureate")
class SelectingALaureateTest {

    private AggregateTestFixture<Laureate> fixture;

    @BeforeEach
    void createFixture() {
        fixture = laureateFixture();
    }

    @Test
    void a_project_selected_by_deffinum_is_recorded_with_its_cost_and_maximum_grant() {
        fixture.givenNoPriorActivity()
                .when(selectMaritimus())
                .expectSuccessfulHandlerExecution()
                .expectEvents(maritimusSelected());
    }

    @Test
    void a_maximum_grant_equal_to_the_total_cost_is_accepted() {
        fixture.givenNoPriorActivity()
                .when(selectMaritimus(TOTAL_COST, TOTAL_COST))
                .expectSuccessfulHandlerExecution()
                .expectEvents(maritimusSelected(TOTAL_COST, TOTAL_COST));
    }

    @Test
    void a_maximum_grant_of_zero_is_refused() {
        fixture.givenNoPriorActivity()
                .when(selectMaritimus(TOTAL_COST, Money.ZERO))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.MAXIMUM_NOT_POSITIVE));
    }

    @Test
    void a_maximum_grant_above_the_total_cost_is_refused() {
        fixture.givenNoPriorActivity()
                .when(selectMaritimus(TOTAL_COST, euros("1976800.01")))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.MAXIMUM_ABOVE_TOTAL_COST));
    }

    @Test
    void a_maximum_grant_above_the_total_cost_is_refused_whatever_the_cost() {
        fixture.givenNoPriorActivity()
                .when(selectMaritimus(MAXIMUM_GRANT, TOTAL_COST))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.MAXIMUM_ABOVE_TOTAL_COST));
    }
}
