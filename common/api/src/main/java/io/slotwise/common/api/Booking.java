package io.slotwise.common.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
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
        long refundedAmount,
        List<TicketCount> tickets) {

    /** A booking without ticket categories. */
    public Booking(UUID id, String bookingNumber, UUID reservationId, UUID sessionId, UUID activityId, String activityName,
            UUID venueId, OffsetDateTime startTime, OffsetDateTime endTime, int partySize, long totalAmount, String currency,
            BookingStatus status, PaymentMethod paymentMethod, Customer customer, Instant createdAt, Instant checkedInAt,
            Instant cancelledAt, Instant noShowAt, PaymentStatus paymentStatus, long refundedAmount) {
        this(id, bookingNumber, reservationId, sessionId, activityId, activityName, venueId, startTime, endTime, partySize,
                totalAmount, currency, status, paymentMethod, customer, createdAt, checkedInAt, cancelledAt, noShowAt, paymentStatus,
                refundedAmount, null);
    }
}
