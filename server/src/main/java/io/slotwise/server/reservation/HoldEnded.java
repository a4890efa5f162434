package io.slotwise.server.reservation;

import java.util.UUID;

/** A hold ended without a booking (released or expired); published inside that transaction. */
public record HoldEnded(UUID holdId) {
}
