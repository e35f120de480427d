package fr.deffinum.domain.programme;

import static fr.deffinum.domain.money.Money.euros;
import static fr.deffinum.domain.programme.ProgrammeFixtures.HOSPITIA;
import static fr.deffinum.domain.programme.ProgrammeFixtures.MARITIMUS;
import static fr.deffinum.domain.programme.ProgrammeFixtures.OPENED_ON;
import static fr.deffinum.domain.programme.ProgrammeFixtures.SELECTED_ON;
import static fr.deffinum.domain.programme.ProgrammeFixtures.breaking;
import static fr.deffinum.domain.programme.ProgrammeFixtures.deffinumOpened;
import static fr.deffinum.domain.programme.ProgrammeFixtures.programmeFixture;
import static fr.deffinum.domain.programme.ProgrammeFixtures.release;
import static fr.deffinum.domain.programme.ProgrammeFixtures.released;
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

@DisplayName("Releasing what a laureate holds reserved")
class ReleasingExposureTest {

    private static final Money MAXIMUM = euros("1383760.00");
    private static final Money AWARDED = euros("1300000.00");
    private static final LocalDate NOTIFIED_ON = LocalDate.of(2022, 12, 15);
    private static final LocalDate REDIRECTED_ON = LocalDate.of(2022, 10, 3);

    private AggregateTestFixture<Programme> fixture;

    @BeforeEach
    void createFixture() {
        fixture = programmeFixture();
    }

    @Test
    void the_part_of_a_maximum_not_awarded_is_released_at_the_decision() {
        fixture.given(deffinumOpened(), reserved(MARITIMUS, MAXIMUM, SELECTED_ON))
                .when(release(MARITIMUS, euros("83760.00"), NOTIFIED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(released(MARITIMUS, euros("83760.00"), NOTIFIED_ON))
                .expectState(programme -> {
                    assertThat(programme.exposure()).isEqualTo(AWARDED);
                    assertThat(programme.reservations()).isEqualTo(Map.of(MARITIMUS, AWARDED));
                });
    }

    @Test
    void a_laureate_redirected_out_releases_exactly_what_it_held_and_holds_nothing_more() {
        fixture.given(deffinumOpened(), reserved(MARITIMUS, MAXIMUM, SELECTED_ON),
                        reserved(HOSPITIA, euros("250000.00"), SELECTED_ON))
                .when(release(MARITIMUS, MAXIMUM, REDIRECTED_ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(released(MARITIMUS, MAXIMUM, REDIRECTED_ON))
                .expectState(programme -> {
                    assertThat(programme.exposure()).isEqualTo(euros("250000.00"));
                    assertThat(programme.reservations()).isEqualTo(Map.of(HOSPITIA, euros("250000.00")));
                });
    }

    @Test
    void a_release_one_cent_above_what_the_laureate_holds_is_refused() {
        fixture.given(deffinumOpened(), reserved(MARITIMUS, MAXIMUM, SELECTED_ON))
                .when(release(MARITIMUS, euros("1383760.01"), NOTIFIED_ON))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.RELEASE_ABOVE_RESERVED));
    }

    @Test
    void a_laureate_cannot_release_what_another_laureate_holds() {
        fixture.given(deffinumOpened(), reserved(MARITIMUS, MAXIMUM, SELECTED_ON))
                .when(release(HOSPITIA, euros("1000.00"), NOTIFIED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.RELEASE_ABOVE_RESERVED));
    }

    @Test
    void a_laureate_that_released_all_it_held_cannot_release_again() {
        fixture.given(deffinumOpened(), reserved(MARITIMUS, MAXIMUM, SELECTED_ON),
                        released(MARITIMUS, MAXIMUM, REDIRECTED_ON))
                .when(release(MARITIMUS, euros("0.01"), NOTIFIED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.RELEASE_ABOVE_RESERVED));
    }

    @Test
    void a_release_of_zero_euros_is_refused() {
        fixture.given(deffinumOpened(), reserved(MARITIMUS, MAXIMUM, SELECTED_ON))
                .when(release(MARITIMUS, Money.ZERO, NOTIFIED_ON))
                .expectNoEvents()
                .expectException(breaking(Rule.AMOUNT_NOT_POSITIVE));
    }

    @Test
    void a_release_dated_before_the_opening_is_refused() {
        fixture.given(deffinumOpened(), reserved(MARITIMUS, MAXIMUM, SELECTED_ON))
                .when(release(MARITIMUS, MAXIMUM, OPENED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP));
    }
}
