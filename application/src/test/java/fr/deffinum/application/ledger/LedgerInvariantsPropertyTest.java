package fr.deffinum.application.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.events.AwardAmended;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentRecovered;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * Random command runs on a laureate, executed by the aggregate, then folded into the amounts ledger
 * event by event as the projection does (each event recorded an hour after the previous one): at every
 * recorded instant and on every day of effect the ledger's reading is the plain fold of the events it
 * includes, and its figures keep their invariants.
 */
@Label("The ledger's invariants over random runs")
class LedgerInvariantsPropertyTest {

    private static final LaureateId LAUREATE = LaureateId.fromReference("DEFFINUM-2022-PROPERTY");
    private static final Instant FIRST_RECORDED = Instant.parse("2023-01-01T00:00:00Z");

    @Property(tries = 200)
    @StatisticsReport(StatisticsReportMode.OFF)
    void every_reading_as_recorded_and_as_in_effect_is_the_fold_of_its_events_and_keeps_the_invariants(
            @ForAll("runs") List<Object> commands) {
        List<LaureateEvent> events = LaureateRuns.accepted(LAUREATE, commands);
        List<LedgerEntry> entries = live(events);
        Statistics.label("a correction accepted").collect(events.stream().anyMatch(event -> event instanceof AwardAmended
                || event instanceof PaymentCancelled || event instanceof PaymentRecovered));

        for (int i = 0; i < events.size(); i++) {
            PointInTime asRecorded = new PointInTime(recordedAt(i), null);
            assertThat(reading(entries, asRecorded)).as("as recorded after %s", events.get(i))
                    .isEqualTo(Books.of(events.subList(0, i + 1)).normalized());
            assertInvariants(reading(entries, asRecorded), asRecorded);
        }
        for (LocalDate day : events.stream().map(LaureateEvent::effectiveOn).distinct().toList()) {
            PointInTime inEffect = new PointInTime(null, day);
            List<LaureateEvent> inEffectByThen = events.stream().filter(event -> !event.effectiveOn().isAfter(day)).toList();
            assertThat(reading(entries, inEffect)).as("in effect on %s", day).isEqualTo(Books.of(inEffectByThen).normalized());
            assertInvariants(reading(entries, inEffect), inEffect);
        }
        Statistics.label("a correction accepted").coverage(coverage -> coverage.check(true).percentage(percent -> percent > 30));
    }

    @Provide
    Arbitrary<List<Object>> runs() {
        return LaureateRuns.commands(LAUREATE);
    }

    /** Each event's entry computed from the figures of the entries before it, as the projection computes it live. */
    private static List<LedgerEntry> live(List<LaureateEvent> events) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            LedgerFigures before = entries.stream().map(LedgerEntry::change).reduce(LedgerFigures.NONE, LedgerFigures::plus);
            entries.add(LedgerEntries.of(events.get(i), i + 1, i, recordedAt(i), () -> before));
        }
        return entries;
    }

    private static Instant recordedAt(int index) {
        return FIRST_RECORDED.plus(index, ChronoUnit.HOURS);
    }

    private static Books reading(List<LedgerEntry> entries, PointInTime point) {
        return Books.of(entries.stream().filter(entry -> point.includes(entry.recordedAt(), entry.effectiveDate()))
                .map(LedgerEntry::change).reduce(LedgerFigures.NONE, LedgerFigures::plus)).normalized();
    }

    private static void assertInvariants(Books figures, PointInTime point) {
        assertThat(figures.awarded().add(figures.pendingMaximum()).add(figures.released())).as("%s at %s", figures, point)
                .isEqualByComparingTo(figures.maxGrant());
        assertThat(IntStream.of(figures.paid().signum(), figures.pendingMaximum().signum(), figures.released().signum()).min().orElseThrow())
                .as("nothing negative in %s at %s", figures, point).isGreaterThanOrEqualTo(0);
        assertThat(figures.paid()).as("paid within awarded in %s at %s", figures, point).isLessThanOrEqualTo(figures.awarded());
        assertThat(figures.awarded().add(figures.pendingMaximum())).as("exposure within the maximum at %s", point)
                .isLessThanOrEqualTo(figures.maxGrant());
    }
}
