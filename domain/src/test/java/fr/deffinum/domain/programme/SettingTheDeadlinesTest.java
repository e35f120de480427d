package fr.deffinum.domain.programme;

import static fr.deffinum.domain.programme.ProgrammeFixtures.DEFFINUM;
import static fr.deffinum.domain.programme.ProgrammeFixtures.breaking;
import static fr.deffinum.domain.programme.ProgrammeFixtures.deffinumOpened;
import static fr.deffinum.domain.programme.ProgrammeFixtures.programmeFixture;

import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.programme.commands.SetDeadlines;
import fr.deffinum.domain.programme.events.DeadlinesChanged;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Setting a programme's deadlines")
class SettingTheDeadlinesTest {

    private static final LocalDate ON = LocalDate.of(2023, 3, 1);

    @Test
    void deadlines_are_recorded_once_and_stating_them_again_records_nothing() {
        programmeFixture().given(deffinumOpened())
                .when(new SetDeadlines(DEFFINUM, new Deadlines(60, 3), ON))
                .expectEvents(new DeadlinesChanged(DEFFINUM, 60, 3, ON));
        programmeFixture().given(deffinumOpened(), new DeadlinesChanged(DEFFINUM, 60, 3, ON))
                .when(new SetDeadlines(DEFFINUM, new Deadlines(60, 3), ON))
                .expectNoEvents();
    }

    @Test
    void a_delay_of_zero_days_is_refused() {
        programmeFixture().given(deffinumOpened())
                .when(new SetDeadlines(DEFFINUM, new Deadlines(0, 3), ON))
                .expectNoEvents()
                .expectException(breaking(Rule.DEADLINE_INVALID));
    }
}
