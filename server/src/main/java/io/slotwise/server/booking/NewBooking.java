package io.slotwise.server.booking;

import io.slotwise.common.api.PaymentMethod;
import java.util.UUID;

/** A booking about to be recorded for a confirmed hold. */
public record NewBooking(
        UUID reservationId,
        UUID venueId,
        UUID sessionId,
        UUID customerId,
        int partySize,
        long totalAmount,
        String currency,
        PaymentMethod paymentMethod) {
}
