package io.slotwise.common.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long to wait before a retry or reconnect. Injectable so that tests need not wait for real
 * backoff delays.
 */
@FunctionalInterface
public interface Backoff {

    /**
     * The pause before retry number {@code attempt}.
     *
     * @param attempt 1 for the first retry after a failure, 2 for the second, and so on
     * @return the pause, never negative
     */
    Duration delay(int attempt);

    /** No pause at all; meant for tests. */
    static Backoff none() {
        return attempt -> Duration.ZERO;
    }

    /** The same pause before every retry. */
    static Backoff fixed(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        return attempt -> delay;
    }

    /**
     * {@code initial} before the first retry, doubling each time up to {@code max}.
     *
     * @param initial the first pause
     * @param max the longest pause
     */
    static Backoff exponential(Duration initial, Duration max) {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 <= initial <= max, got " + initial + " and " + max);
        }
        return attempt -> {
            // Shifting past 30 bits would overflow long millis for any sane initial delay.
            int doublings = Math.max(0, Math.min(attempt - 1, 30));
            long millis = initial.toMillis() << doublings;
            return millis < 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
        };
    }

    /**
     * This backoff shortened by a random part of up to {@code fraction}, so that many clients that
     * lost the server at the same moment do not all come back at the same moment.
     *
     * @param fraction between 0 and 1
     */
    default Backoff withJitter(double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must be within [0, 1]: " + fraction);
        }
        return attempt -> {
            long millis = delay(attempt).toMillis();
            long cut = (long) (millis * fraction * ThreadLocalRandom.current().nextDouble());
            return Duration.ofMillis(millis - cut);
        };
    }
}
