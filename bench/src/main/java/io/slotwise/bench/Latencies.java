package io.slotwise.bench;

import java.util.Arrays;

/** Latencies of one run, merged from every client thread. */
final class Latencies {

    private long[] nanos = new long[1 << 16];
    private int count;

    synchronized void addAll(long[] values, int n) {
        while (count + n > nanos.length) {
            nanos = Arrays.copyOf(nanos, nanos.length * 2);
        }
        System.arraycopy(values, 0, nanos, count, n);
        count += n;
    }

    synchronized int count() {
        return count;
    }

    /** The p-th percentile (0-100) in milliseconds. */
    synchronized double percentileMillis(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.ceil(p / 100.0 * count) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
