package fr.deffinum.domain.programme;

import static fr.deffinum.domain.money.Money.euros;
import static fr.deffinum.domain.programme.ProgrammeFixtures.ENVELOPE;
import static fr.deffinum.domain.programme.ProgrammeFixtures.HOSPITIA;
import static fr.deffinum.domain.programme.ProgrammeFixtures.MARITIMUS;
import static fr.deffinum.domain.programme.ProgrammeFixtures.OPENED_ON;
import static fr.deffinum.domain.programme.ProgrammeFixtures.SELECTED_ON;
import static fr.deffinum.domain.programme.ProgrammeFixtures.breaking;
import static fr.deffinum.domain.programme.ProgrammeFixtures.deffinumOpened;
import static fr.deffinum.domain.programme.ProgrammeFixtures.programmeFixture;
import static fr.deffinum.domain.programme.ProgrammeFixtures.released;
import static fr.deffinum.domain.programme.ProgrammeFixtures.reserve;
import static fr.deffinum.domain.programme.ProgrammeFixtures.reserved;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reserving part of the envelope for a laureate")
class ReservingExposureTest {

    private static final Money MARITIMUS_MAXIMUM = euros("1383760.00");
    private static final LocalDate LATER = LocalDate.of(2022, 11, 15);

    private AggregateTestFixture<Programme> fixture;

    @BeforeEach
    void createFixture() {
        fixture = programmeFixture();
    }

    @Test
    void a_reservation_within_the_envelope_is_accepted() {
        fixture.given(deffinumOpened())
                .when(reserve(MARITIMUS, MARITIMUS_MAXIMUM, SELECTED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(reserved(MARITIMUS, MARITIMUS_MAXIMUM, SELECTED_ON))
                .expectState(programme -> assertThat(programme.exposure()).isEqualTo(MARITIMUS_MAXIMUM));
    }

    @Test
    void a_reservation_that_fills_the_envelope_exactly_is_accepted() {
        Money rest = euros("1616240.00");
        fixture.given(deffinumOpened(), reserved(MARITIMUS, MARITIMUS_MAXIMUM, SELECTED_ON))
                .when(reserve(HOSPITIA, rest, SELECTED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(reserved(HOSPITIA, rest, SELECTED_ON))
                .expectState(programme -> assertThat(programme.exposure()).isEqualTo(ENVELOPE));
    }

    @Test
    void a_reservation_one_cent_above_what_is_left_of_the_envelope_is_refused() {
        fixture.given(deffinumOpened(), reserved(MARITIMUS, MARITIMUS_MAXIMUM, SELECTED_ON))
                .when(reserve(HOSPITIA, euros("1616240.01"), SELECTED_ON))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.ENVELOPE_EXCEEDED));
    }

    @Test
    void a_second_reservation_for_the_same_laureate_adds_to_what_it_holds() {
        fixture.given(deffinumOpened(), reserved(MARITIMUS, MARITIMUS_MAXIMUM, SELECTED_ON))
                .when(reserve(MARITIMUS, euros("100000.00"), LATER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(reserved(MARITIMUS, euros("100000.00"), LATER))
                .expectState(programme -> assertThat(programme.reservations())
                        .isEqualTo(Map.of(MARITIMUS, euros("1483760.00"))));
    }

    @Test
    void while_the_envelope_is_not_known_any_reservation_is_accepted() {
        Money huge = euros("900000000000.00");
        fixture.given(deffinumOpened(null), reserved(MARITIMUS, MARITIMUS_MAXIMUM, SELECTED_ON))
                .when(reserve(HOSPITIA, huge, SELECTED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(reserved(HOSPITIA, huge, SELECTED_ON));
    }

    @Test
    void a_release_frees_room_for_a_later_reservation() {
        fixture.given(deffinumOpened(), reserved(MARITIMUS, ENVELOPE, SELECTED_ON),
                        released(MARITIMUS, euros("500000.00"), LATER))
                .when(reserve(HOSPITIA, euros("500000.00"), LATER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(reserved(HOSPITIA, euros("500000.00"), LATER));
    }

    @Test
    void a_reservation_of_zero_euros_is_refused() {
        fixture.given(deffinumOpened())
                .when(reserve(MARITIMUS, Money.ZERO, SELECTED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.AMOUNT_NOT_POSITIVE));
    }

    @Test
    void a_reservation_dated_before_the_opening_is_refused() {
        fixture.given(deffinumOpened())
                .when(reserve(MARITIMUS, MARITIMUS_MAXIMUM, OPENED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP));
    }
}
