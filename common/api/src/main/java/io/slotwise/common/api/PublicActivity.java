package io.slotwise.common.api;

import java.util.List;
import java.util.UUID;

/**
 * A bookable activity as the public sees it. Prices are in minor units of {@code currency}:
 * {@code price} per person, or per ticket category ({@code priceCategories}), or, for a
 * {@code PRIVATE} activity, per group size ({@code groupPrices}); what a customer pays is known
 * before any hold. {@code venueEmbedKey} names the venue's public event stream (it is public,
 * like the widget's URL). {@code venuePhone} (may be null) is for what cannot be booked online (larger
 * groups); {@code venueDefaultLocale} is the language for visitors whose own the widget does not speak;
 * {@code whatToBring} (may be null) is told with the confirmation; {@code venueLogoUrl} and
 * {@code venueAccentColor} (may be null) are the venue's brand.
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
        boolean onlinePayment,
        BookingMode bookingMode,
        List<PriceCategory> priceCategories,
        List<GroupPrice> groupPrices,
        String imageUrl,
        String venuePhone,
        String venueDefaultLocale,
        String whatToBring,
        String venueLogoUrl,
        String venueAccentColor) {

    /** Without the venue's brand. */
    public PublicActivity(UUID id, UUID venueId, String venueName, String venueTimezone, String name, String description,
            int durationMinutes, long price, String currency, int minPartySize, int maxPartySize, int capacity,
            PaymentMode paymentMode, String venueEmbedKey, boolean onlinePayment, BookingMode bookingMode,
            List<PriceCategory> priceCategories, List<GroupPrice> groupPrices, String imageUrl, String venuePhone,
            String venueDefaultLocale, String whatToBring) {
        this(id, venueId, venueName, venueTimezone, name, description, durationMinutes, price, currency, minPartySize, maxPartySize,
                capacity, paymentMode, venueEmbedKey, onlinePayment, bookingMode, priceCategories, groupPrices, imageUrl, venuePhone,
                venueDefaultLocale, whatToBring, null, null);
    }

    /** Without what to bring. */
    public PublicActivity(UUID id, UUID venueId, String venueName, String venueTimezone, String name, String description,
            int durationMinutes, long price, String currency, int minPartySize, int maxPartySize, int capacity,
            PaymentMode paymentMode, String venueEmbedKey, boolean onlinePayment, BookingMode bookingMode,
            List<PriceCategory> priceCategories, List<GroupPrice> groupPrices, String imageUrl, String venuePhone,
            String venueDefaultLocale) {
        this(id, venueId, venueName, venueTimezone, name, description, durationMinutes, price, currency, minPartySize, maxPartySize,
                capacity, paymentMode, venueEmbedKey, onlinePayment, bookingMode, priceCategories, groupPrices, imageUrl, venuePhone,
                venueDefaultLocale, null);
    }

    /** Without the venue's phone and language. */
    public PublicActivity(UUID id, UUID venueId, String venueName, String venueTimezone, String name, String description,
            int durationMinutes, long price, String currency, int minPartySize, int maxPartySize, int capacity,
            PaymentMode paymentMode, String venueEmbedKey, boolean onlinePayment, BookingMode bookingMode,
            List<PriceCategory> priceCategories, List<GroupPrice> groupPrices, String imageUrl) {
        this(id, venueId, venueName, venueTimezone, name, description, durationMinutes, price, currency, minPartySize, maxPartySize,
                capacity, paymentMode, venueEmbedKey, onlinePayment, bookingMode, priceCategories, groupPrices, imageUrl, null, null, null);
    }

    /** A shared activity priced per person, without an image. */
    public PublicActivity(UUID id, UUID venueId, String venueName, String venueTimezone, String name, String description,
            int durationMinutes, long price, String currency, int minPartySize, int maxPartySize, int capacity,
            PaymentMode paymentMode, String venueEmbedKey, boolean onlinePayment) {
        this(id, venueId, venueName, venueTimezone, name, description, durationMinutes, price, currency, minPartySize, maxPartySize,
                capacity, paymentMode, venueEmbedKey, onlinePayment, BookingMode.SHARED, List.of(), List.of(), null);
    }
}
