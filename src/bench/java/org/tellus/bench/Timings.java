package org.tellus.bench;

import java.util.Arrays;

/**
 * Wall-clock times of repeated runs, in milliseconds; percentiles by the nearest-rank method. Shared by the
 * benchmarks, so that they all measure the same way.
 */
public record Timings(double[] millis) {

    public static Timings measure(int warmUp, int runs, Runnable work) {
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - started) / 1_000_000.0;
        }
        return new Timings(times);
    }

    public double median() {
        return percentile(50);
    }

    public double p95() {
        return percentile(95);
    }

    public double percentile(int p) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
