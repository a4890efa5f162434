package io.slotwise.server.booking;

import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.PaymentStatus;
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
        PaymentMethod paymentMethod,
        PaymentStatus paymentStatus,
        String paymentReference) {

    /** A booking paid (if at all) at the venue: nothing went through the payment provider. */
    public NewBooking(UUID reservationId, UUID venueId, UUID sessionId, UUID customerId, int partySize, long totalAmount,
            String currency, PaymentMethod paymentMethod) {
        this(reservationId, venueId, sessionId, customerId, partySize, totalAmount, currency, paymentMethod, PaymentStatus.NONE, null);
    }
}
