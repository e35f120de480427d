package fr.deffinum.bench;

import java.util.Arrays;

/** The latencies of one measured run and its wall time: operations per second, p50 and p99. */
record Latencies(long[] nanos, long wallNanos, int failures) {

    double perSecond() {
        return nanos.length / (wallNanos / 1e9);
    }

    double p50Millis() {
        return percentile(0.50);
    }

    double p99Millis() {
        return percentile(0.99);
    }

    private double percentile(double fraction) {
        if (nanos.length == 0) {
            return Double.NaN;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)] / 1e6;
    }
}
