package io.slotwise.common.api;

import java.time.OffsetDateTime;

/**
 * Where a payment page stands, for the page Stripe sends the customer back to: {@code PENDING}
 * (paid, the notice not in yet; or not paid and still held), {@code BOOKED}, {@code REFUNDED}
 * (paid too late, money returned) or {@code ENDED} (the hold ended unpaid).
 */
public record CheckoutStatus(String status, String bookingNumber, String activityName, OffsetDateTime startTime, int partySize,
        long amount, String currency, String venueEmbedKey, String venueTimezone) {
}
