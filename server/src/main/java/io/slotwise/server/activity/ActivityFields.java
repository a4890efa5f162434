package io.slotwise.server.activity;

import io.slotwise.common.api.PaymentMode;

/** The validated scalar fields of an activity request. */
record ActivityFields(
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
        boolean active,
        int refundHoursBefore) {

    ActivityFields withRefundHoursBefore(int hours) {
        return new ActivityFields(name, description, durationMinutes, price, currency, minPartySize, maxPartySize, capacity,
                paymentMode, stripePriceId, active, hours);
    }
}
