package fr.deffinum.domain.programme;

import static fr.deffinum.domain.money.Money.euros;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.commands.ChangeEnvelope;
import fr.deffinum.domain.programme.commands.OpenProgramme;
import fr.deffinum.domain.programme.commands.ReleaseExposure;
import fr.deffinum.domain.programme.commands.ReserveExposure;
import fr.deffinum.domain.programme.events.EnvelopeChanged;
import fr.deffinum.domain.programme.events.ExposureReleased;
import fr.deffinum.domain.programme.events.ExposureReserved;
import fr.deffinum.domain.programme.events.ProgrammeOpened;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** The DEFFINUM call as a programme, two of its laureates, and the commands and events about its envelope. */
final class ProgrammeFixtures {

    static final ProgrammeCode DEFFINUM = new ProgrammeCode("DEFFINUM");
    static final String NAME = "Dispositifs France Formation Innovante Numérique";
    static final String PLAN = "France Relance";
    static final String OPERATOR = "Caisse des Dépôts";
    static final List<String> SECTORS = List.of("Transport", "Industrie", "Santé et social");
    static final LocalDate OPENED_ON = LocalDate.of(2021, 12, 1);
    static final Money ENVELOPE = euros("3000000.00");

    static final LaureateId MARITIMUS = LaureateId.fromReference("DEFFINUM-2022-MARITIMUS");
    static final LaureateId HOSPITIA = LaureateId.fromReference("DEFFINUM-2022-HOSPITIA");
    static final LocalDate SELECTED_ON = LocalDate.of(2022, 7, 1);

    static final String REASON = "Redéploiement de crédits France Relance";
    static final LocalDate CHANGED_ON = LocalDate.of(2023, 2, 1);

    private ProgrammeFixtures() {
    }

    static AggregateTestFixture<Programme> programmeFixture() {
        return new AggregateTestFixture<>(Programme.class);
    }

    static OpenProgramme openDeffinum(Money envelope) {
        return new OpenProgramme(DEFFINUM, NAME, PLAN, true, OPERATOR, OPENED_ON, envelope, SECTORS);
    }

    static ProgrammeOpened deffinumOpened(Money envelope) {
        return new ProgrammeOpened(DEFFINUM, NAME, PLAN, true, OPERATOR, OPENED_ON, envelope, SECTORS);
    }

    static ProgrammeOpened deffinumOpened() {
        return deffinumOpened(ENVELOPE);
    }

    static ChangeEnvelope changeEnvelope(Money envelope, LocalDate on) {
        return new ChangeEnvelope(DEFFINUM, envelope, on, REASON);
    }

    static EnvelopeChanged envelopeChanged(Money previous, Money envelope, LocalDate on) {
        return new EnvelopeChanged(DEFFINUM, previous, envelope, on, REASON);
    }

    static ReserveExposure reserve(LaureateId laureate, Money amount, LocalDate on) {
        return new ReserveExposure(DEFFINUM, laureate, amount, on);
    }

    static ExposureReserved reserved(LaureateId laureate, Money amount, LocalDate on) {
        return new ExposureReserved(DEFFINUM, laureate, amount, on);
    }

    static ReleaseExposure release(LaureateId laureate, Money amount, LocalDate on) {
        return new ReleaseExposure(DEFFINUM, laureate, amount, on);
    }

    static ExposureReleased released(LaureateId laureate, Money amount, LocalDate on) {
        return new ExposureReleased(DEFFINUM, laureate, amount, on);
    }

    /** A refusal for breaking {@code rule}, known by its {@link RuleViolation#rule()}. */
    static Matcher<Throwable> breaking(Rule rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof RuleViolation violation && violation.rule() == rule;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of " + rule);
            }
        };
    }
}
