package fr.deffinum.domain.programme;

import static fr.deffinum.domain.programme.ProgrammeFixtures.DEFFINUM;
import static fr.deffinum.domain.programme.ProgrammeFixtures.ENVELOPE;
import static fr.deffinum.domain.programme.ProgrammeFixtures.OPENED_ON;
import static fr.deffinum.domain.programme.ProgrammeFixtures.OPERATOR;
import static fr.deffinum.domain.programme.ProgrammeFixtures.PLAN;
import static fr.deffinum.domain.programme.ProgrammeFixtures.breaking;
import static fr.deffinum.domain.programme.ProgrammeFixtures.deffinumOpened;
import static fr.deffinum.domain.programme.ProgrammeFixtures.openDeffinum;
import static fr.deffinum.domain.programme.ProgrammeFixtures.programmeFixture;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.money.InvalidAmount;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.commands.OpenProgramme;
import fr.deffinum.domain.programme.events.ProgrammeOpened;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Opening a programme")
class OpeningAProgrammeTest {

    private AggregateTestFixture<Programme> fixture;

    @BeforeEach
    void createFixture() {
        fixture = programmeFixture();
    }

    @Test
    void a_call_with_a_known_envelope_and_a_sector_taxonomy_is_opened() {
        fixture.givenNoPriorActivity()
                .when(openDeffinum(ENVELOPE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(deffinumOpened(ENVELOPE));
    }

    @Test
    void a_call_whose_envelope_is_not_known_yet_and_without_taxonomy_is_opened() {
        ProgrammeCode cma = new ProgrammeCode("CMA");
        String name = "Compétences et métiers d'avenir";
        String plan = "France 2030";
        fixture.givenNoPriorActivity()
                .when(new OpenProgramme(cma, name, plan, false, OPERATOR, OPENED_ON, null, List.of()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ProgrammeOpened(cma, name, plan, false, OPERATOR, OPENED_ON, null, List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_call_with_a_blank_name_is_refused(String name) {
        fixture.givenNoPriorActivity()
                .when(new OpenProgramme(DEFFINUM, name, PLAN, true, OPERATOR, OPENED_ON, ENVELOPE, List.of()))
                .expectNoEvents()
                .expectException(RuleViolation.class)
                .expectException(breaking(Rule.PROGRAMME_NAME_BLANK));
    }

    @Test
    void a_call_without_a_name_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new OpenProgramme(DEFFINUM, null, PLAN, true, OPERATOR, OPENED_ON, ENVELOPE, List.of()))
                .expectNoEvents()
                .expectException(breaking(Rule.PROGRAMME_NAME_BLANK));
    }

    @Test
    void a_call_with_an_envelope_of_zero_euros_is_refused() {
        fixture.givenNoPriorActivity()
                .when(openDeffinum(Money.ZERO))
                .expectNoEvents()
                .expectException(breaking(Rule.AMOUNT_NOT_POSITIVE));
    }

    @Test
    void a_negative_envelope_cannot_even_be_written_as_money() {
        assertThatThrownBy(() -> Money.euros("-1.00")).isInstanceOf(InvalidAmount.class);
    }
}
