package fr.deffinum.api.web.programme;

import static fr.deffinum.domain.money.Money.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.application.dashboard.DashboardRow;
import fr.deffinum.application.programme.ProgrammeFigures;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The gauge of an envelope: four shares that add up to the whole, none while the envelope is unknown. */
class ProgrammeCardTest {

    @Test
    void the_envelope_splits_into_paid_firm_reserved_and_available() {
        ProgrammeCard card = ProgrammeCard.of(figures(euros("1000000.00"), "300000.00", "100000.00", "200000.00"));

        assertThat(List.of(card.paidShare(), card.firmShare(), card.reservedShare(), card.availableShare()))
                .containsExactly("10.00", "20.00", "20.00", "50.00");
        assertThat(card.available()).isEqualTo(euros("500000.00"));
        assertThat(card.overrun()).isNull();
    }

    @Test
    void an_unknown_envelope_has_no_gauge_and_nothing_available() {
        ProgrammeCard card = ProgrammeCard.of(figures(null, "300000.00", "0", "200000.00"));

        assertThat(card.hasGauge()).isFalse();
        assertThat(card.available()).isNull();
        assertThat(card.overrun()).isNull();
    }

    @Test
    void an_exposure_above_the_envelope_at_a_past_point_fills_the_gauge_and_says_by_how_much() {
        ProgrammeCard card = ProgrammeCard.of(figures(euros("400000.00"), "300000.00", "0", "200000.00"));

        assertThat(List.of(card.paidShare(), card.firmShare(), card.reservedShare(), card.availableShare()))
                .containsExactly("0.00", "60.00", "40.00", "0.00");
        assertThat(card.available()).isNull();
        assertThat(card.overrun()).isEqualTo(euros("100000.00"));
    }

    private static ProgrammeFigures figures(Money envelope, String awarded, String paid, String pending) {
        ProgrammeView programme = new ProgrammeView(new ProgrammeCode("FORMA"), "Formations", "France 2030", false,
                null, LocalDate.of(2024, 1, 1), envelope, List.of(), Set.of(), null, 0);
        return new ProgrammeFigures(programme, envelope, new DashboardRow("FORMA", 2, euros("900000.00"),
                euros(awarded).plus(euros(pending)), euros(awarded), euros(pending), Money.ZERO, euros(paid)));
    }
}
