package io.slotwise.server.message;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a message that could not be delivered is tried again: soon at first (a mail server that
 * restarts is back in a minute), then further apart, for more than a day in all; after the last
 * try it is given up and shown to staff as failed.
 */
final class RetrySchedule {

    /** The pause after the 1st, 2nd… failed attempt. */
    static final List<Duration> PAUSES = List.of(
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8), Duration.ofHours(8),
            Duration.ofHours(8));

    private RetrySchedule() {
    }

    /** After {@code failedAttempts} failures, the last at {@code failedAt}: when to try next, or empty to give up. */
    static Optional<Instant> next(int failedAttempts, Instant failedAt) {
        if (failedAttempts < 1 || failedAttempts > PAUSES.size()) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(PAUSES.get(failedAttempts - 1)));
    }

    /** How long a message keeps being tried, from its first failure to its last try. */
    static Duration span() {
        return PAUSES.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
