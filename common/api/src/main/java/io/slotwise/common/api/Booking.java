package io.slotwise.common.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A confirmed (or later cancelled) booking, with its human-friendly number such as SW-7K3M9Q. */
public record Booking(
        UUID id,
        String bookingNumber,
        UUID reservationId,
        UUID sessionId,
        UUID activityId,
        String activityName,
        UUID venueId,
        OffsetDateTime startTime,
        OffsetDateTime endTime,
        int partySize,
        long totalAmount,
        String currency,
        BookingStatus status,
        PaymentMethod paymentMethod,
        Customer customer,
        Instant createdAt,
        Instant checkedInAt,
        Instant cancelledAt,
        Instant noShowAt,
        PaymentStatus paymentStatus,
        long refundedAmount) {
}
