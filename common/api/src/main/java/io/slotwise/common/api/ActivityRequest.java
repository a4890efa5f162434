package io.slotwise.common.api;

import java.util.List;
import java.util.UUID;

/**
 * Create or update an activity. {@code price} is in minor units of the ISO {@code currency};
 * {@code capacity} is the number of seats of each generated session. {@code active} defaults to
 * true; inactive activities are hidden from the public and get no new sessions.
 *
 * <p>How it sells: {@code bookingMode} ({@code SHARED} by default); {@code priceCategories} (a
 * shared activity's tickets, each priced per person); {@code groupPrices} (a private activity's
 * total for each party size from {@code minPartySize} to {@code maxPartySize}); the shared
 * {@code resourceIds} its sessions occupy, with {@code bufferMinutes} of reset time after each;
 * and an {@code imageUrl} for the widget. {@code whatToBring} is told to customers with their
 * booking ("Closed shoes; arrive 10 minutes early"). On an update, a field left out (null) keeps its value.
 */
public record ActivityRequest(
        String name,
        String description,
        Integer durationMinutes,
        Long price,
        String currency,
        Integer minPartySize,
        Integer maxPartySize,
        Integer capacity,
        PaymentMode paymentMode,
        String stripePriceId,
        Schedule schedule,
        Boolean active,
        Integer refundHoursBefore,
        BookingMode bookingMode,
        List<PriceCategory> priceCategories,
        List<GroupPrice> groupPrices,
        List<UUID> resourceIds,
        Integer bufferMinutes,
        String imageUrl,
        String whatToBring) {

    /** Without what to bring (an update keeps it). */
    public ActivityRequest(String name, String description, Integer durationMinutes, Long price, String currency,
            Integer minPartySize, Integer maxPartySize, Integer capacity, PaymentMode paymentMode, String stripePriceId,
            Schedule schedule, Boolean active, Integer refundHoursBefore, BookingMode bookingMode,
            List<PriceCategory> priceCategories, List<GroupPrice> groupPrices, List<UUID> resourceIds, Integer bufferMinutes,
            String imageUrl) {
        this(name, description, durationMinutes, price, currency, minPartySize, maxPartySize, capacity, paymentMode, stripePriceId,
                schedule, active, refundHoursBefore, bookingMode, priceCategories, groupPrices, resourceIds, bufferMinutes, imageUrl,
                null);
    }

    /** Sold as before: shared seats at one price per person, no shared resources. */
    public ActivityRequest(String name, String description, Integer durationMinutes, Long price, String currency,
            Integer minPartySize, Integer maxPartySize, Integer capacity, PaymentMode paymentMode, String stripePriceId,
            Schedule schedule, Boolean active, Integer refundHoursBefore) {
        this(name, description, durationMinutes, price, currency, minPartySize, maxPartySize, capacity, paymentMode, stripePriceId,
                schedule, active, refundHoursBefore, null, null, null, null, null, null, null);
    }


    /** Without a cancellation policy: paid bookings are refunded until 24 hours before the start. */
    public ActivityRequest(String name, String description, Integer durationMinutes, Long price, String currency,
            Integer minPartySize, Integer maxPartySize, Integer capacity, PaymentMode paymentMode, String stripePriceId,
            Schedule schedule, Boolean active) {
        this(name, description, durationMinutes, price, currency, minPartySize, maxPartySize, capacity, paymentMode, stripePriceId,
                schedule, active, null);
    }
}
