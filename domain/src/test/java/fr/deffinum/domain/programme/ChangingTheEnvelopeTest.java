package fr.deffinum.domain.programme;

import static fr.deffinum.domain.money.Money.euros;
import static fr.deffinum.domain.programme.ProgrammeFixtures.CHANGED_ON;
import static fr.deffinum.domain.programme.ProgrammeFixtures.ENVELOPE;
import static fr.deffinum.domain.programme.ProgrammeFixtures.MARITIMUS;
import static fr.deffinum.domain.programme.ProgrammeFixtures.OPENED_ON;
import static fr.deffinum.domain.programme.ProgrammeFixtures.SELECTED_ON;
import static fr.deffinum.domain.programme.ProgrammeFixtures.breaking;
import static fr.deffinum.domain.programme.ProgrammeFixtures.changeEnvelope;
import static fr.deffinum.domain.programme.ProgrammeFixtures.deffinumOpened;
import static fr.deffinum.domain.programme.ProgrammeFixtures.envelopeChanged;
import static fr.deffinum.domain.programme.ProgrammeFixtures.programmeFixture;
import static fr.deffinum.domain.programme.ProgrammeFixtures.reserved;

import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.money.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Changing a programme's envelope")
class ChangingTheEnvelopeTest {

    private static final Money EXPOSURE = euros("1383760.00");

    private AggregateTestFixture<Programme> fixture;

    @BeforeEach
    void createFixture() {
        fixture = programmeFixture();
    }

    @Test
    void an_envelope_is_raised() {
        fixture.given(deffinumOpened())
                .when(changeEnvelope(euros("4500000.00"), CHANGED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(envelopeChanged(ENVELOPE, euros("4500000.00"), CHANGED_ON));
    }

    @Test
    void an_envelope_is_cut_while_it_still_covers_the_exposure() {
        fixture.given(deffinumOpened(), reserved(MARITIMUS, EXPOSURE, SELECTED_ON))
                .when(changeEnvelope(euros("2000000.00"), CHANGED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(envelopeChanged(ENVELOPE, euros("2000000.00"), CHANGED_ON));
    }

    @Test
    void an_envelope_cut_to_exactly_the_exposure_is_accepted() {
        fixture.given(deffinumOpened(), reserved(MARITIMUS, EXPOSURE, SELECTED_ON))
                .when(changeEnvelope(EXPOSURE, CHANGED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(envelopeChanged(ENVELOPE, EXPOSURE, CHANGED_ON));
    }

    @Test
    void an_envelope_cut_below_the_exposure_is_refused() {
        fixture.given(deffinumOpened(), reserved(MARITIMUS, EXPOSURE, SELECTED_ON))
                .when(changeEnvelope(euros("1383759.99"), CHANGED_ON))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.ENVELOPE_EXCEEDED));
    }

    @Test
    void a_first_envelope_is_stated_for_a_programme_opened_without_one() {
        fixture.given(deffinumOpened(null), reserved(MARITIMUS, EXPOSURE, SELECTED_ON))
                .when(changeEnvelope(ENVELOPE, CHANGED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(envelopeChanged(null, ENVELOPE, CHANGED_ON));
    }

    @Test
    void a_first_envelope_below_what_is_already_reserved_is_refused() {
        fixture.given(deffinumOpened(null), reserved(MARITIMUS, EXPOSURE, SELECTED_ON))
                .when(changeEnvelope(euros("1000000.00"), CHANGED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.ENVELOPE_EXCEEDED));
    }

    @Test
    void an_envelope_changed_to_the_amount_it_already_is_is_refused() {
        fixture.given(deffinumOpened())
                .when(changeEnvelope(euros("3000000"), CHANGED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.ENVELOPE_UNCHANGED));
    }

    @Test
    void an_envelope_of_zero_euros_is_refused() {
        fixture.given(deffinumOpened(null))
                .when(changeEnvelope(Money.ZERO, CHANGED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.AMOUNT_NOT_POSITIVE));
    }

    @Test
    void a_change_dated_before_the_opening_is_refused() {
        fixture.given(deffinumOpened())
                .when(changeEnvelope(euros("4500000.00"), OPENED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP));
    }

    @Test
    void a_change_dated_before_the_previous_change_is_refused() {
        fixture.given(deffinumOpened(), envelopeChanged(ENVELOPE, euros("4500000.00"), CHANGED_ON))
                .when(changeEnvelope(euros("4000000.00"), CHANGED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP));
    }

    @Test
    void a_second_change_on_the_day_of_the_first_is_accepted() {
        fixture.given(deffinumOpened(), envelopeChanged(ENVELOPE, euros("4500000.00"), CHANGED_ON))
                .when(changeEnvelope(euros("4000000.00"), CHANGED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(envelopeChanged(euros("4500000.00"), euros("4000000.00"), CHANGED_ON));
    }
}
