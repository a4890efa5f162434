package io.slotwise.server.booking;

import java.util.UUID;

/**
 * A payment came after its hold's places were gone: it was recorded as a cancelled booking whose
 * money goes back. Published inside the recording transaction, like {@link BookingConfirmed}, so
 * the customer's mail about it commits with the record.
 */
public record LatePaymentRefunded(UUID bookingId, UUID venueId, String locale) {
}
