package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE;
import static fr.deffinum.domain.laureate.LaureateFixtures.ADVANCE_PAID_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.DEFFINUM;
import static fr.deffinum.domain.laureate.LaureateFixtures.MARITIMUS;
import static fr.deffinum.domain.laureate.LaureateFixtures.MAXIMUM_GRANT;
import static fr.deffinum.domain.laureate.LaureateFixtures.NOTIFIED_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.SELECTED_ON;
import static fr.deffinum.domain.laureate.LaureateFixtures.advancePaid;
import static fr.deffinum.domain.laureate.LaureateFixtures.decisionNotified;
import static fr.deffinum.domain.laureate.LaureateFixtures.laureateFixture;
import static fr.deffinum.domain.laureate.LaureateFixtures.maritimusSelected;
import static fr.deffinum.domain.laureate.LaureateFixtures.selectMaritimus;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.laureate.commands.AmendAward;
import fr.deffinum.domain.laureate.commands.WithdrawLaureate;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What a laureate holds of its programme's envelope")
class HoldingTest {

    @Test
    void a_selected_laureate_holds_its_maximum_from_its_selection() {
        laureateFixture().givenNoPriorActivity()
                .when(selectMaritimus())
                .expectState(laureate -> assertThat(laureate.holding())
                        .isEqualTo(new ProgrammeHolding(DEFFINUM, MAXIMUM_GRANT, SELECTED_ON)));
    }

    @Test
    void once_decided_it_holds_the_firm_amount_and_an_amendment_moves_it() {
        LocalDate amendedOn = NOTIFIED_ON.plusMonths(2);
        laureateFixture().given(maritimusSelected(), decisionNotified())
                .when(new AmendAward(MARITIMUS, Money.euros("1200000.00"), "AV-1", amendedOn))
                .expectState(laureate -> assertThat(laureate.holding())
                        .isEqualTo(new ProgrammeHolding(DEFFINUM, Money.euros("1200000.00"), amendedOn)));
    }

    @Test
    void once_withdrawn_it_holds_what_it_was_paid() {
        LocalDate withdrawnOn = ADVANCE_PAID_ON.plusMonths(1);
        laureateFixture().given(maritimusSelected(), decisionNotified(), advancePaid())
                .when(new WithdrawLaureate(MARITIMUS, withdrawnOn))
                .expectState(laureate -> assertThat(laureate.holding())
                        .isEqualTo(new ProgrammeHolding(DEFFINUM, ADVANCE, withdrawnOn)));
    }
}
