package fr.deffinum.domain.programme;

import static fr.deffinum.domain.programme.ProgrammeFixtures.DEFFINUM;
import static fr.deffinum.domain.programme.ProgrammeFixtures.OPENED_ON;
import static fr.deffinum.domain.programme.ProgrammeFixtures.breaking;
import static fr.deffinum.domain.programme.ProgrammeFixtures.deffinumOpened;
import static fr.deffinum.domain.programme.ProgrammeFixtures.programmeFixture;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.programme.commands.AssignOfficers;
import fr.deffinum.domain.programme.events.OfficersAssigned;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Assigning a programme's officers")
class AssigningOfficersTest {

    private static final LocalDate ON = LocalDate.of(2022, 1, 10);
    private static final LocalDate LATER = LocalDate.of(2023, 9, 4);

    private AggregateTestFixture<Programme> fixture;

    @BeforeEach
    void createFixture() {
        fixture = programmeFixture();
    }

    @Test
    void officers_are_assigned_to_a_programme() {
        fixture.given(deffinumOpened())
                .when(new AssignOfficers(DEFFINUM, Set.of("claire.martin", "karim.benali"), ON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OfficersAssigned(DEFFINUM, Set.of("claire.martin", "karim.benali"), ON));
    }

    @Test
    void a_new_set_of_officers_replaces_the_previous_one_as_a_whole() {
        fixture.given(deffinumOpened(), new OfficersAssigned(DEFFINUM, Set.of("claire.martin", "karim.benali"), ON))
                .when(new AssignOfficers(DEFFINUM, Set.of("karim.benali", "lea.dubois"), LATER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OfficersAssigned(DEFFINUM, Set.of("karim.benali", "lea.dubois"), LATER));
    }

    @Test
    void every_officer_can_be_unassigned_with_an_empty_set() {
        fixture.given(deffinumOpened(), new OfficersAssigned(DEFFINUM, Set.of("claire.martin"), ON))
                .when(new AssignOfficers(DEFFINUM, Set.of(), LATER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OfficersAssigned(DEFFINUM, Set.of(), LATER));
    }

    @Test
    void the_same_officers_assigned_again_record_nothing() {
        fixture.given(deffinumOpened(), new OfficersAssigned(DEFFINUM, Set.of("claire.martin", "karim.benali"), ON))
                .when(new AssignOfficers(DEFFINUM, Set.of("karim.benali", "claire.martin"), LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void no_officers_assigned_to_a_programme_that_has_none_records_nothing() {
        fixture.given(deffinumOpened())
                .when(new AssignOfficers(DEFFINUM, Set.of(), ON))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void an_assignment_dated_before_the_opening_is_refused() {
        fixture.given(deffinumOpened())
                .when(new AssignOfficers(DEFFINUM, Set.of("claire.martin"), OPENED_ON.minusDays(1)))
                .expectNoEvents()
                .expectException(breaking(Rule.DATE_BEFORE_PREVIOUS_STEP));
    }

    @Test
    void the_officers_are_stored_in_the_same_order_whatever_order_they_came_in() {
        OfficersAssigned assigned = new OfficersAssigned(DEFFINUM,
                Set.of("lea.dubois", "claire.martin", "karim.benali"), ON);

        assertThat(List.copyOf(assigned.officers())).containsExactly("claire.martin", "karim.benali", "lea.dubois");
    }
}
