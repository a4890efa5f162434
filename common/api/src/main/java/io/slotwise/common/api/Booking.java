package io.slotwise.common.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A confirmed (or later cancelled) booking, with its human-friendly number such as SW-7K3M9Q.
 * {@code amount} is the party's price and {@code discount} what a promo code took off it;
 * {@code totalAmount} is what the booking costs ({@code amount - discount}), of which a gift card
 * paid {@code giftCardAmount} and the rest, {@code amountDue}, is paid by card, cash, online or at
 * the venue. Refunds and revenue count {@code totalAmount}.
 */
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
        List<TicketCount> tickets,
        long amount,
        long discount,
        long giftCardAmount,
        long amountDue) {

    /** A booking at its full price, paid in one way (no promo code, no gift card). */
    public Booking(UUID id, String bookingNumber, UUID reservationId, UUID sessionId, UUID activityId, String activityName,
            UUID venueId, OffsetDateTime startTime, OffsetDateTime endTime, int partySize, long totalAmount, String currency,
            BookingStatus status, PaymentMethod paymentMethod, Customer customer, Instant createdAt, Instant checkedInAt,
            Instant cancelledAt, Instant noShowAt, PaymentStatus paymentStatus, long refundedAmount, List<TicketCount> tickets) {
        this(id, bookingNumber, reservationId, sessionId, activityId, activityName, venueId, startTime, endTime, partySize,
                totalAmount, currency, status, paymentMethod, customer, createdAt, checkedInAt, cancelledAt, noShowAt, paymentStatus,
                refundedAmount, tickets, totalAmount, 0, 0, totalAmount);
    }

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
