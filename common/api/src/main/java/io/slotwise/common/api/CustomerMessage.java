package io.slotwise.common.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A message to a customer about a booking, as staff see it: what it is ({@code kind}, e.g.
 * {@code BOOKING_CONFIRMED}), to whom, and how its delivery stands: {@code PENDING} (waiting for
 * its first try, or for {@code nextAttemptAt} after a failure), {@code SENT} or {@code FAILED}
 * (given up; {@code lastError} says why). Times are instants.
 */
public record CustomerMessage(
        UUID id,
        UUID bookingId,
        String kind,
        String recipient,
        String locale,
        String status,
        int attempts,
        Instant createdAt,
        Instant sentAt,
        Instant nextAttemptAt,
        String lastError) {
}
