package io.slotwise.server.booking;

import java.util.UUID;

/**
 * A booking was recorded as confirmed. Published inside the confirming transaction to listeners
 * that run in it ({@code @EventListener}): the customer's confirmation mail is written to the
 * outbox in the same commit as the booking, or not at all.
 */
public record BookingConfirmed(UUID bookingId, UUID venueId, String locale) {
}
