package io.slotwise.common.api;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A booking as its customer sees it through the manage link: what, where, when, for how many,
 * and what they may do now. {@code cancellableUntil} is the session's start; {@code
 * refundOnCancel} is what a cancellation now gives back (in minor units; 0 after the activity's
 * refund deadline or when nothing was paid online); {@code reschedulable} says whether another
 * time may still be chosen (until the refund deadline). Times are in the venue's zone.
 */
public record ManagedBooking(
        String bookingNumber,
        UUID activityId,
        String activityName,
        String venueName,
        String venueTimezone,
        String venueAddress,
        String venuePhone,
        String venueEmail,
        OffsetDateTime startTime,
        OffsetDateTime endTime,
        int partySize,
        String customerName,
        BookingStatus status,
        long totalAmount,
        long amountPaid,
        String currency,
        OffsetDateTime cancellableUntil,
        long refundOnCancel,
        boolean reschedulable) {
}
