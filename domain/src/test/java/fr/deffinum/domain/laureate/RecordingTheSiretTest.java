package fr.deffinum.domain.laureate;

import static fr.deffinum.domain.laureate.LaureateFixtures.MARITIMUS;
import static fr.deffinum.domain.laureate.LaureateFixtures.breaking;
import static fr.deffinum.domain.laureate.LaureateFixtures.laureateFixture;
import static fr.deffinum.domain.laureate.LaureateFixtures.maritimusSelected;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.laureate.commands.RecordSiret;
import fr.deffinum.domain.laureate.events.SiretRecorded;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Recording the beneficiary's SIRET")
class RecordingTheSiretTest {

    /** The SIRET of the head office of a public body, valid by its Luhn key. */
    private static final String VALID = "13002526500013";
    private static final String CORRECTED = "73282932000074";
    private static final LocalDate ON = LocalDate.of(2023, 3, 1);

    private AggregateTestFixture<Laureate> fixture;

    @BeforeEach
    void createFixture() {
        fixture = laureateFixture();
    }

    @Test
    void a_valid_siret_is_recorded() {
        fixture.given(maritimusSelected())
                .when(new RecordSiret(MARITIMUS, VALID, ON))
                .expectEvents(new SiretRecorded(MARITIMUS, VALID, ON));
    }

    @Test
    void another_siret_replaces_the_first_as_a_correction() {
        fixture.given(maritimusSelected(), new SiretRecorded(MARITIMUS, VALID, ON))
                .when(new RecordSiret(MARITIMUS, CORRECTED, ON.plusDays(1)))
                .expectEvents(new SiretRecorded(MARITIMUS, CORRECTED, ON.plusDays(1)));
    }

    @Test
    void the_same_siret_recorded_again_records_nothing() {
        fixture.given(maritimusSelected(), new SiretRecorded(MARITIMUS, VALID, ON))
                .when(new RecordSiret(MARITIMUS, VALID, ON.plusDays(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13002526500014", "1300252650001", "130025265000131", "1300252650001A", ""})
    void a_siret_with_a_wrong_key_or_length_is_refused(String siret) {
        fixture.given(maritimusSelected())
                .when(new RecordSiret(MARITIMUS, siret, ON))
                .expectException(breaking(Rule.SIRET_INVALID))
                .expectNoEvents();
    }

    @Test
    void la_poste_establishments_follow_their_own_key() {
        assertThat(Siret.isValid("35600000012345")).isFalse();
        assertThat(Siret.isValid("35600000049837")).isTrue();
        assertThat(Siret.isValid("35600000000048")).isTrue();
    }
}
