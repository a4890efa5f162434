package io.slotwise.common.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An activity as staff see it, schedule included. */
public record ActivityDetails(
        UUID id,
        UUID venueId,
        String name,
        String description,
        int durationMinutes,
        long price,
        String currency,
        int minPartySize,
        int maxPartySize,
        int capacity,
        PaymentMode paymentMode,
        String stripePriceId,
        Schedule schedule,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        int refundHoursBefore,
        BookingMode bookingMode,
        List<PriceCategory> priceCategories,
        List<GroupPrice> groupPrices,
        List<UUID> resourceIds,
        int bufferMinutes,
        String imageUrl,
        String whatToBring) {

    /** Without what to bring. */
    public ActivityDetails(UUID id, UUID venueId, String name, String description, int durationMinutes, long price, String currency,
            int minPartySize, int maxPartySize, int capacity, PaymentMode paymentMode, String stripePriceId, Schedule schedule,
            boolean active, Instant createdAt, Instant updatedAt, int refundHoursBefore, BookingMode bookingMode,
            List<PriceCategory> priceCategories, List<GroupPrice> groupPrices, List<UUID> resourceIds, int bufferMinutes,
            String imageUrl) {
        this(id, venueId, name, description, durationMinutes, price, currency, minPartySize, maxPartySize, capacity, paymentMode,
                stripePriceId, schedule, active, createdAt, updatedAt, refundHoursBefore, bookingMode, priceCategories, groupPrices,
                resourceIds, bufferMinutes, imageUrl, null);
    }
}
