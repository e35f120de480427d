package fr.deffinum.domain.programme;

import static fr.deffinum.domain.programme.ProgrammeFixtures.DEFFINUM;
import static fr.deffinum.domain.programme.ProgrammeFixtures.OPENED_ON;
import static fr.deffinum.domain.programme.ProgrammeFixtures.REASON;
import static fr.deffinum.domain.programme.ProgrammeFixtures.breaking;
import static fr.deffinum.domain.programme.ProgrammeFixtures.deffinumOpened;
import static fr.deffinum.domain.programme.ProgrammeFixtures.programmeFixture;
import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.commands.ChangeEnvelope;
import fr.deffinum.domain.programme.commands.ReleaseExposure;
import fr.deffinum.domain.programme.commands.ReserveExposure;
import fr.deffinum.domain.programme.events.EnvelopeChanged;
import fr.deffinum.domain.programme.events.ExposureReleased;
import fr.deffinum.domain.programme.events.ExposureReserved;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.axonframework.test.aggregate.ResultValidator;

/**
 * Random runs of reservations, releases and envelope changes against one programme. Each command is
 * given all that was accepted before it; the expected outcome comes from a plain ledger kept beside.
 */
@Label("The envelope invariant")
class EnvelopeInvariantPropertyTest {

    private static final List<LaureateId> LAUREATES = List.of(LaureateId.fromReference("DEFFINUM-2022-MARITIMUS"),
            LaureateId.fromReference("DEFFINUM-2022-HOSPITIA"), LaureateId.fromReference("DEFFINUM-2022-AGRINOVA"),
            LaureateId.fromReference("DEFFINUM-2022-ARTISANS"));
    private static final LocalDate ON = OPENED_ON.plusMonths(6);

    @Property(tries = 300)
    @StatisticsReport(StatisticsReportMode.OFF)
    void after_every_accepted_command_exposure_is_within_a_known_envelope_and_is_what_the_laureates_hold(
            @ForAll("envelopes") Money opening, @ForAll("runs") List<Step> run) {
        List<Object> history = new ArrayList<>(List.of(deffinumOpened(opening)));
        Ledger ledger = new Ledger(opening);

        for (Step step : run) {
            Object command = ledger.commandFor(step);
            Rule refusal = ledger.refusalOf(command);
            // A fixture per command: one that saw a refusal keeps its rolled-back aggregate.
            ResultValidator<Programme> result = programmeFixture().given(history).when(command);
            Statistics.label("outcome").collect(refusal == null ? "accepted" : refusal.name());
            if (refusal != null) {
                result.expectNoEvents().expectException(breaking(refusal));
                continue;
            }
            Object event = ledger.eventOf(command);
            result.expectEvents(event);
            history.add(event);
            ledger.record(event);
            result.expectState(programme -> {
                assertThat(programme.reservations().values().stream().reduce(Money.ZERO, Money::plus))
                        .isEqualTo(programme.exposure());
                if (programme.envelope() != null) {
                    assertThat(programme.exposure()).isLessThanOrEqualTo(programme.envelope());
                }
                assertThat(programme.reservations()).isEqualTo(ledger.held);
            });
        }

        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("accepted").percentage(percent -> percent > 30);
            coverage.check(Rule.ENVELOPE_EXCEEDED.name()).count(count -> count > 0);
            coverage.check(Rule.RELEASE_ABOVE_RESERVED.name()).count(count -> count > 0);
        });
    }

    @Provide
    Arbitrary<Money> envelopes() {
        return thousands(20, 300).injectNull(0.3);
    }

    @Provide
    Arbitrary<List<Step>> runs() {
        Arbitrary<LaureateId> laureate = Arbitraries.of(LAUREATES);
        Arbitrary<Money> cents = Arbitraries.longs().between(1, 6_000_000)
                .map(count -> new Money(BigDecimal.valueOf(count, 2)));
        Arbitrary<Money> amount = Arbitraries.frequencyOf(Tuple.of(4, thousands(1, 60)), Tuple.of(1, cents));
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                weighted(5, Combinators.combine(laureate, amount).as(Reserve::new)),
                weighted(2, Combinators.combine(laureate, amount).as(Release::new)),
                weighted(2, laureate.map(ReleaseAll::new)),
                weighted(2, thousands(1, 300).map(Restate::new)),
                weighted(1, Arbitraries.just(new CutToExposure())));
        return step.list().ofMinSize(1).ofMaxSize(40);
    }

    private static Arbitrary<Money> thousands(int min, int max) {
        return Arbitraries.integers().between(min, max).map(thousands -> Money.euros(thousands * 1000L));
    }

    private static Tuple2<Integer, Arbitrary<? extends Step>> weighted(int weight, Arbitrary<? extends Step> step) {
        return Tuple.of(weight, step);
    }

    /** What a run asks for; the ones that depend on the state become a command only when their turn comes. */
    sealed interface Step permits Reserve, Release, ReleaseAll, Restate, CutToExposure {
    }

    record Reserve(LaureateId laureate, Money amount) implements Step {
    }

    record Release(LaureateId laureate, Money amount) implements Step {
    }

    /** Everything the laureate holds, as a redirection out would release; a cent when it holds nothing. */
    record ReleaseAll(LaureateId laureate) implements Step {
    }

    record Restate(Money envelope) implements Step {
    }

    /** The envelope cut to exactly what is reserved (zero euros, refused, when nothing is). */
    record CutToExposure() implements Step {
    }

    /** The bookkeeping the programme is expected to do, written as plainly as possible. */
    private static final class Ledger {

        private Money envelope;
        private final Map<LaureateId, Money> held = new HashMap<>();

        Ledger(Money envelope) {
            this.envelope = envelope;
        }

        Money exposure() {
            return held.values().stream().reduce(Money.ZERO, Money::plus);
        }

        Money heldBy(LaureateId laureate) {
            return held.getOrDefault(laureate, Money.ZERO);
        }

        Object commandFor(Step step) {
            if (step instanceof Reserve reserve) {
                return new ReserveExposure(DEFFINUM, reserve.laureate(), reserve.amount(), ON);
            }
            if (step instanceof Release release) {
                return new ReleaseExposure(DEFFINUM, release.laureate(), release.amount(), ON);
            }
            if (step instanceof ReleaseAll all) {
                Money held = heldBy(all.laureate());
                return new ReleaseExposure(DEFFINUM, all.laureate(), held.isZero() ? Money.euros("0.01") : held, ON);
            }
            Money envelope = step instanceof Restate restate ? restate.envelope() : exposure();
            return new ChangeEnvelope(DEFFINUM, envelope, ON, REASON);
        }

        /** The rule the command breaks, or null when it is to be accepted. */
        Rule refusalOf(Object command) {
            if (command instanceof ReserveExposure reserve) {
                boolean exceeds = envelope != null && exposure().plus(reserve.amount()).compareTo(envelope) > 0;
                return exceeds ? Rule.ENVELOPE_EXCEEDED : null;
            }
            if (command instanceof ReleaseExposure release) {
                boolean aboveHeld = release.amount().compareTo(heldBy(release.laureateId())) > 0;
                return aboveHeld ? Rule.RELEASE_ABOVE_RESERVED : null;
            }
            Money changed = ((ChangeEnvelope) command).envelope();
            if (changed.isZero()) {
                return Rule.AMOUNT_NOT_POSITIVE;
            }
            if (changed.equals(envelope)) {
                return Rule.ENVELOPE_UNCHANGED;
            }
            return exposure().compareTo(changed) > 0 ? Rule.ENVELOPE_EXCEEDED : null;
        }

        Object eventOf(Object command) {
            if (command instanceof ReserveExposure reserve) {
                return new ExposureReserved(DEFFINUM, reserve.laureateId(), reserve.amount(), ON);
            }
            if (command instanceof ReleaseExposure release) {
                return new ExposureReleased(DEFFINUM, release.laureateId(), release.amount(), ON);
            }
            return new EnvelopeChanged(DEFFINUM, envelope, ((ChangeEnvelope) command).envelope(), ON, REASON);
        }

        void record(Object event) {
            if (event instanceof ExposureReserved reserved) {
                held.put(reserved.laureateId(), heldBy(reserved.laureateId()).plus(reserved.amount()));
            } else if (event instanceof ExposureReleased released) {
                Money left = heldBy(released.laureateId()).minus(released.amount());
                if (left.isZero()) {
                    held.remove(released.laureateId());
                } else {
                    held.put(released.laureateId(), left);
                }
            } else {
                envelope = ((EnvelopeChanged) event).envelope();
            }
        }
    }
}
