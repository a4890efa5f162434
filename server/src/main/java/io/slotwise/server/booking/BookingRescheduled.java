package io.slotwise.server.booking;

import java.util.UUID;

/** A booking moved to another session; published in the moving transaction (the customer's mail is written in it). */
public record BookingRescheduled(UUID bookingId, UUID fromSession, UUID toSession) {
}
