package io.slotwise.server.booking;

import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.PaymentStatus;
import java.util.UUID;

/**
 * A booking about to be recorded for a confirmed hold; {@code tickets} as {@link TicketText};
 * {@code totalAmount} what it costs after {@code discount} (a promo code's) came off its price, of
 * which a gift card paid {@code giftCardAmount} and {@code paymentMethod} the rest.
 */
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
        String paymentReference,
        String locale,
        String tickets,
        long discount,
        long giftCardAmount) {

    /** A booking in the venue's language, without ticket categories. */
    public NewBooking(UUID reservationId, UUID venueId, UUID sessionId, UUID customerId, int partySize, long totalAmount,
            String currency, PaymentMethod paymentMethod, PaymentStatus paymentStatus, String paymentReference) {
        this(reservationId, venueId, sessionId, customerId, partySize, totalAmount, currency, paymentMethod, paymentStatus,
                paymentReference, null, null, 0, 0);
    }

    /** A booking paid (if at all) at the venue: nothing went through the payment provider. */
    public NewBooking(UUID reservationId, UUID venueId, UUID sessionId, UUID customerId, int partySize, long totalAmount,
            String currency, PaymentMethod paymentMethod) {
        this(reservationId, venueId, sessionId, customerId, partySize, totalAmount, currency, paymentMethod, PaymentStatus.NONE, null);
    }

    /** The same booking, in the customer's language ({@code null}: the venue's). */
    public NewBooking inLanguage(String language) {
        return new NewBooking(reservationId, venueId, sessionId, customerId, partySize, totalAmount, currency, paymentMethod,
                paymentStatus, paymentReference, language, tickets, discount, giftCardAmount);
    }

    /** The same booking with the party's tickets ({@link TicketText}; {@code null}: none named). */
    public NewBooking withTickets(String ticketText) {
        return new NewBooking(reservationId, venueId, sessionId, customerId, partySize, totalAmount, currency, paymentMethod,
                paymentStatus, paymentReference, locale, ticketText, discount, giftCardAmount);
    }

    /** The same booking with {@code discount} off its price: it costs that much less. */
    public NewBooking withDiscount(long discount) {
        return new NewBooking(reservationId, venueId, sessionId, customerId, partySize, totalAmount - discount, currency, paymentMethod,
                paymentStatus, paymentReference, locale, tickets, this.discount + discount, giftCardAmount);
    }

    /** The same booking with {@code amount} of its cost paid by a gift card. */
    public NewBooking withGiftCard(long amount) {
        return new NewBooking(reservationId, venueId, sessionId, customerId, partySize, totalAmount, currency, paymentMethod,
                paymentStatus, paymentReference, locale, tickets, discount, amount);
    }
}
