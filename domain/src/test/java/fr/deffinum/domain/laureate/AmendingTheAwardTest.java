package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.CorrectionFixtures.AMENDED_ON;
import static fr.deffinum.domain.laureate.CorrectionFixtures.WITHDRAWN_ON;
import static fr.deffinum.domain.laureate.CorrectionFixtures.amend;
import static fr.deffinum.domain.laureate.CorrectionFixtures.amended;
import static fr.deffinum.domain.laureate.CorrectionFixtures.withdrawn;
import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE_PAID_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.AWARDED;
import static fr.deffinum.domain.laureate.LaureateFixtures.MAXIMUM_GRANT;
import static fr.deffinum.domain.laureate.LaureateFixtures.NOTIFIED_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.advancePaid;
import static fr.deffinum.domain.laureate.LaureateFixtures.breaking;
import static fr.deffinum.domain.laureate.LaureateFixtures.decisionNotified;
import static fr.deffinum.domain.laureate.LaureateFixtures.laureateFixture;
import static fr.deffinum.domain.laureate.LaureateFixtures.maritimusSelected;
import static fr.deffinum.domain.money.Money.euros;

import fr.deffinum.domain.money.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Amending the awarded amount (avenant)")
class AmendingTheAwardTest {

    private AggregateTestFixture<Laureate> fixture;

    @BeforeEach
    void createFixture() {
        fixture = laureateFixture();
    }

    @Test
    void an_amendment_raises_the_firm_amount_up_to_the_maximum_and_remembers_the_previous_one() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(amend(MAXIMUM_GRANT, AMENDED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(amended(AWARDED, MAXIMUM_GRANT, AMENDED_ON));
    }

    @Test
    void an_amendment_lowers_the_firm_amount_down_to_exactly_what_is_paid() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(amend(euros("400000.00"), AMENDED_ON))
                .expectEvents(amended(AWARDED, euros("400000.00"), AMENDED_ON));
    }

    @Test
    void an_amendment_before_the_decision_is_notified_is_refused() {
        fixture.given(maritimusSelected())
                .when(amend(AWARDED, AMENDED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.NOT_NOTIFIED));
    }

    @Test
    void an_amendment_above_the_maximum_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(amend(MAXIMUM_GRANT.plus(euros("0.01")), AMENDED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.AMOUNT_ABOVE_MAXIMUM));
    }

    @Test
    void an_amendment_to_zero_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(amend(Money.ZERO, AMENDED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.AMOUNT_NOT_POSITIVE));
    }

    @Test
    void an_amendment_to_the_same_amount_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(amend(AWARDED, AMENDED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.AMOUNT_UNCHANGED));
    }

    @Test
    void an_amendment_below_what_is_already_paid_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(amend(euros("399999.99"), AMENDED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.AMOUNT_BELOW_PAID));
    }

    @Test
    void an_amendment_dated_before_the_last_payment_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(amend(MAXIMUM_GRANT, ADVANCE_PAID_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP));
    }

    @Test
    void an_amendment_after_withdrawal_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), withdrawn(WITHDRAWN_ON))
                .when(amend(MAXIMUM_GRANT, WITHDRAWN_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.LAUREATE_WITHDRAWN));
    }

    @Test
    void a_second_amendment_starts_from_the_first_ones_amount() {
        fixture.given(maritimusSelected(), decisionNotified(), amended(AWARDED, MAXIMUM_GRANT, AMENDED_ON))
                .when(amend(AWARDED, NOTIFIED_ON.plusYears(1)))
                .expectEvents(amended(MAXIMUM_GRANT, AWARDED, NOTIFIED_ON.plusYears(1)));
    }
}
