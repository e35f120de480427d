package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.ConventionFixtures.ADVANCE;
import static fr.deffinum.domain.laureate.ConventionFixtures.BALANCE;
import static fr.deffinum.domain.laureate.ConventionFixtures.INTERIM;
import static fr.deffinum.domain.laureate.ConventionFixtures.SCHEDULE;
import static fr.deffinum.domain.laureate.ConventionFixtures.conventionSigned;
import static fr.deffinum.domain.laureate.ConventionFixtures.signConvention;
import static fr.deffinum.domain.laureate.ConventionFixtures.tranchePaid;
import static fr.deffinum.domain.laureate.LaureateFixtures.MARITIMUS;
import static fr.deffinum.domain.laureate.LaureateFixtures.breaking;
import static fr.deffinum.domain.laureate.LaureateFixtures.decisionNotified;
import static fr.deffinum.domain.laureate.LaureateFixtures.laureateFixture;
import static fr.deffinum.domain.laureate.LaureateFixtures.maritimusSelected;
import static fr.deffinum.domain.money.Money.euros;

import fr.deffinum.domain.laureate.commands.AmendAward;
import fr.deffinum.domain.laureate.convention.Tranche;
import fr.deffinum.domain.laureate.events.AwardAmended;
import fr.deffinum.domain.laureate.events.ScheduleReplanned;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Signing a convention and replanning its schedule")
class SigningAConventionTest {

    private static final LocalDate AMENDED_ON = LocalDate.of(2024, 9, 1);

    private AggregateTestFixture<Laureate> fixture;

    @BeforeEach
    void createFixture() {
        fixture = laureateFixture();
    }

    @Test
    void a_convention_whose_tranches_add_up_to_the_award_is_recorded() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(signConvention(SCHEDULE))
                .expectEvents(conventionSigned());
    }

    @Test
    void a_schedule_that_does_not_add_up_to_the_award_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(signConvention(List.of(ADVANCE, INTERIM)))
                .expectNoEvents()
                .expectException(breaking(Rule.SCHEDULE_NOT_AWARDED));
    }

    @Test
    void a_convention_before_the_decision_or_a_second_one_is_refused() {
        fixture.given(maritimusSelected())
                .when(signConvention(SCHEDULE))
                .expectException(breaking(Rule.NOT_NOTIFIED));
        laureateFixture().given(maritimusSelected(), decisionNotified(), conventionSigned())
                .when(signConvention(SCHEDULE))
                .expectException(breaking(Rule.CONVENTION_ALREADY_SIGNED));
    }

    @Test
    void tranches_under_one_id_twice_are_refused() {
        fixture.given(maritimusSelected(), decisionNotified())
                .when(signConvention(List.of(ADVANCE, INTERIM, withAmount(ADVANCE, "260000.00"))))
                .expectException(breaking(Rule.SCHEDULE_INVALID));
    }

    @Test
    void an_amendment_under_a_convention_without_a_new_schedule_is_refused() {
        fixture.given(maritimusSelected(), decisionNotified(), conventionSigned())
                .when(new AmendAward(MARITIMUS, euros("1200000.00"), "AV-1", AMENDED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.SCHEDULE_NOT_AWARDED));
    }

    @Test
    void an_amendment_with_a_schedule_that_matches_it_records_both() {
        List<Tranche> next = List.of(ADVANCE, INTERIM, withAmount(BALANCE, "160000.00"));
        fixture.given(maritimusSelected(), decisionNotified(), conventionSigned())
                .when(new AmendAward(MARITIMUS, euros("1200000.00"), "AV-1", AMENDED_ON, next))
                .expectEvents(new AwardAmended(MARITIMUS, euros("1300000.00"), euros("1200000.00"), "AV-1", AMENDED_ON),
                        new ScheduleReplanned(MARITIMUS, next, AMENDED_ON));
    }

    @Test
    void a_new_schedule_that_changes_a_tranche_already_paid_from_is_refused() {
        List<Tranche> next = List.of(withAmount(ADVANCE, "290000.00"), INTERIM, BALANCE);
        fixture.given(maritimusSelected(), decisionNotified(), conventionSigned(),
                        tranchePaid("P1", ADVANCE, euros("390000.00"), LocalDate.of(2023, 2, 1)))
                .when(new AmendAward(MARITIMUS, euros("1200000.00"), "AV-1", AMENDED_ON, next))
                .expectNoEvents()
                .expectException(breaking(Rule.PAID_TRANCHE_CHANGED));
    }

    private static Tranche withAmount(Tranche tranche, String amount) {
        return new Tranche(tranche.trancheId(), tranche.kind(), tranche.plannedOn(), euros(amount), tranche.conditions());
    }
}
