package io.slotwise.common.api;

import java.util.UUID;

/**
 * A bookable activity as the public sees it. Prices are in minor units of {@code currency}.
 * {@code venueEmbedKey} names the venue's public event stream (it is public, like the widget's URL).
 */
public record PublicActivity(
        UUID id,
        UUID venueId,
        String venueName,
        String venueTimezone,
        String name,
        String description,
        int durationMinutes,
        long price,
        String currency,
        int minPartySize,
        int maxPartySize,
        int capacity,
        PaymentMode paymentMode,
        String venueEmbedKey,
        boolean onlinePayment) {
}
