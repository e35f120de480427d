package fr.deffinum.bench;

import java.util.ArrayList;
import java.util.List;

/** The table printed at the end: each figure beside its raw baseline, and the ratio to the target. */
final class Report {

    private final List<String> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void rate(String figure, int clients, Latencies measured, double baseline, String baselineName, double target) {
        double ratio = measured.perSecond() / baseline;
        lines.add("| %s | %d | %,.0f /s | %.1f | %.1f | %s %,.0f /s | %.0f %% | ≥ %.0f %% %s |".formatted(figure, clients,
                measured.perSecond(), measured.p50Millis(), measured.p99Millis(), baselineName, baseline, 100 * ratio,
                100 * target, ratio >= target ? "✓" : "✗"));
    }

    void throughput(String figure, double perSecond, double baseline, String baselineName, double target) {
        double ratio = perSecond / baseline;
        lines.add("| %s | | %,.0f /s | | | %s %,.0f /s | %.0f %% | ≥ %.0f %% %s |".formatted(figure, perSecond,
                baselineName, baseline, 100 * ratio, 100 * target, ratio >= target ? "✓" : "✗"));
    }

    void latency(String figure, int clients, Latencies measured, double p99TargetMillis) {
        String target = p99TargetMillis > 0
                ? "p99 < %.0f ms %s".formatted(p99TargetMillis, measured.p99Millis() < p99TargetMillis ? "✓" : "✗")
                : "";
        String rate = measured.wallNanos() > 0 ? "%,.0f /s".formatted(measured.perSecond()) : "";
        lines.add("| %s | %d | %s | %.1f | %.1f | | | %s |".formatted(figure, clients, rate,
                measured.p50Millis(), measured.p99Millis(), target));
    }

    void value(String figure, String value) {
        lines.add("| %s | | %s | | | | | |".formatted(figure, value));
    }

    void note(String note) {
        notes.add(note);
    }

    String render() {
        StringBuilder out = new StringBuilder("| figure | clients | measured | p50 ms | p99 ms | raw PostgreSQL baseline "
                + "| ratio | target |\n|---|---|---|---|---|---|---|---|\n");
        lines.forEach(line -> out.append(line).append('\n'));
        notes.forEach(note -> out.append('\n').append(note));
        return out.append('\n').toString();
    }
}
