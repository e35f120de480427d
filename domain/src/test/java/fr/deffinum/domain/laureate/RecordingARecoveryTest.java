package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.CorrectionFixtures.RECOVERED_ON;
import static fr.deffinum.domain.laureate.CorrectionFixtures.RECOVERY_ID;
import static fr.deffinum.domain.laureate.CorrectionFixtures.WITHDRAWN_ON;
import static fr.deffinum.domain.laureate.CorrectionFixtures.recover;
import static fr.deffinum.domain.laureate.CorrectionFixtures.recovered;
import static fr.deffinum.domain.laureate.CorrectionFixtures.withdrawn;
import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE;
import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE_PAID_ON;
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

@DisplayName("Recording a recovery (reversement)")
class RecordingARecoveryTest {

    private AggregateTestFixture<Laureate> fixture;

    @BeforeEach
    void createFixture() {
        fixture = laureateFixture();
    }

    @Test
    void money_paid_is_recovered_up_to_exactly_what_was_paid() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(recover(RECOVERY_ID, ADVANCE, RECOVERED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(recovered(RECOVERY_ID, ADVANCE, RECOVERED_ON));
    }

    @Test
    void a_recovery_is_still_accepted_after_withdrawal() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid(), withdrawn(WITHDRAWN_ON))
                .when(recover(RECOVERY_ID, ADVANCE, WITHDRAWN_ON.plusDays(30)))
                .expectEvents(recovered(RECOVERY_ID, ADVANCE, WITHDRAWN_ON.plusDays(30)));
    }

    @Test
    void the_same_recovery_sent_again_is_a_replay_that_records_nothing() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid(),
                        recovered(RECOVERY_ID, euros("1000.00"), RECOVERED_ON))
                .when(recover(RECOVERY_ID, euros("1000.00"), RECOVERED_ON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_different_recovery_under_an_id_already_used_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid(),
                        recovered(RECOVERY_ID, euros("1000.00"), RECOVERED_ON))
                .when(recover(RECOVERY_ID, euros("2000.00"), RECOVERED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.RECOVERY_ID_REUSED));
    }

    @Test
    void a_recovery_above_what_was_paid_net_of_earlier_recoveries_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid(),
                        recovered(RECOVERY_ID, euros("1000.00"), RECOVERED_ON))
                .when(recover("REV-2", euros("399000.01"), RECOVERED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.RECOVERY_ABOVE_PAID));
    }

    @Test
    void a_recovery_when_nothing_was_paid_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(recover(RECOVERY_ID, euros("0.01"), RECOVERED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.RECOVERY_ABOVE_PAID));
    }

    @Test
    void a_recovery_of_zero_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(recover(RECOVERY_ID, Money.ZERO, RECOVERED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.AMOUNT_NOT_POSITIVE));
    }

    @Test
    void a_recovery_dated_before_the_payment_it_recovers_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(recover(RECOVERY_ID, ADVANCE, ADVANCE_PAID_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP));
    }
}
