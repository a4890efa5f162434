package io.slotwise.server.payment;

import java.time.Duration;
import java.time.Instant;

/**
 * An activity's cancellation policy: a booking cancelled up to {@code hoursBefore} hours before
 * its session starts gets its online payment back in full; later, nothing. The deadline is an
 * exact instant (start minus so many hours), the same whatever the venue's clock does in between.
 */
record RefundPolicy(int hoursBefore) {

    RefundPolicy {
        if (hoursBefore < 0) {
            throw new IllegalArgumentException("hoursBefore must not be negative");
        }
    }

    /** The last instant at which cancelling still refunds. */
    Instant deadline(Instant sessionStart) {
        return sessionStart.minus(Duration.ofHours(hoursBefore));
    }

    /** Whether cancelling at {@code now} refunds: at the deadline itself it still does. */
    boolean refundsAt(Instant now, Instant sessionStart) {
        return !now.isAfter(deadline(sessionStart));
    }
}
