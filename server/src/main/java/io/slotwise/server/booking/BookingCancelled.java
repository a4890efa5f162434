package io.slotwise.server.booking;

import java.time.Instant;
import java.util.UUID;

/**
 * A confirmed booking was cancelled at {@code cancelledAt}. Published in the cancelling
 * transaction through the event publication registry: listeners run after the commit, and one that
 * fails is tried again, so a refund the policy gives is never lost.
 */
public record BookingCancelled(UUID bookingId, Instant cancelledAt) {
}
