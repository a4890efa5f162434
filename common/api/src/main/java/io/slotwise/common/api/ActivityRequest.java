package io.slotwise.common.api;

/**
 * Create or update an activity. {@code price} is in minor units of the ISO {@code currency};
 * {@code capacity} is the number of seats of each generated session. {@code active} defaults to
 * true; inactive activities are hidden from the public and get no new sessions.
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
        Integer refundHoursBefore) {

    /** Without a cancellation policy: paid bookings are refunded until 24 hours before the start. */
    public ActivityRequest(String name, String description, Integer durationMinutes, Long price, String currency,
            Integer minPartySize, Integer maxPartySize, Integer capacity, PaymentMode paymentMode, String stripePriceId,
            Schedule schedule, Boolean active) {
        this(name, description, durationMinutes, price, currency, minPartySize, maxPartySize, capacity, paymentMode, stripePriceId,
                schedule, active, null);
    }
}
