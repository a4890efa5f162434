package io.slotwise.server.reservation;

import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldStatus;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.PaymentStatus;
import io.slotwise.server.booking.NewBooking;
import io.slotwise.server.booking.TicketText;
import io.slotwise.server.session.SessionTerms;
import java.time.Instant;
import java.util.UUID;

/**
 * A hold row as stored; {@code locale} is the customer's language, null for the venue's;
 * {@code tickets} the party's ticket categories as {@link io.slotwise.server.booking.TicketText}, null for none;
 * {@code discount} what {@code promoCode} (null for none) takes off {@code amount}, and
 * {@code giftCardAmount} what a gift card pays of the rest.
 */
record StoredHold(
        UUID id,
        UUID sessionId,
        int partySize,
        String email,
        HoldStatus status,
        long amount,
        String currency,
        String tokenHash,
        String idempotencyKey,
        Instant createdAt,
        Instant expiresAt,
        String locale,
        String tickets,
        long discount,
        String promoCode,
        long giftCardAmount) {

    /** A hold as placed: no gift card on it yet. */
    StoredHold(UUID id, UUID sessionId, int partySize, String email, HoldStatus status, long amount, String currency,
            String tokenHash, String idempotencyKey, Instant createdAt, Instant expiresAt, String locale, String tickets,
            long discount, String promoCode) {
        this(id, sessionId, partySize, email, status, amount, currency, tokenHash, idempotencyKey, createdAt, expiresAt, locale,
                tickets, discount, promoCode, 0);
    }

    /** The hold as its holder or staff see it ({@code token} only in the answer that made it), at {@code now}. */
    Hold view(SessionTerms terms, String token, String bookingNumber, Instant now) {
        return new Hold(id, sessionId, partySize, effectiveStatus(now), expiresAt.atZone(terms.zone()).toOffsetDateTime(), token,
                amount, currency, bookingNumber, TicketText.read(tickets), discount, giftCardAmount, amountDue(), promoCode);
    }

    /**
     * The booking this hold becomes, paid as {@code method} says for what is left to pay: with
     * nothing left after a gift card paid its part, the gift card.
     */
    NewBooking booking(SessionTerms terms, UUID customerId, PaymentMethod method, PaymentStatus status, String reference) {
        PaymentMethod paidBy = amountDue() == 0 && giftCardAmount > 0 ? PaymentMethod.GIFT_CARD : method;
        return new NewBooking(id, terms.venueId(), sessionId, customerId, partySize, amount, currency, paidBy, status, reference)
                .inLanguage(locale).withTickets(tickets).withDiscount(discount).withGiftCard(giftCardAmount);
    }

    /** What is left to pay once the discount came off and the gift card paid its part. */
    long amountDue() {
        return amount - discount - giftCardAmount;
    }

    /** What the booking will cost: the price less the discount (a gift card pays part of it). */
    long cost() {
        return amount - discount;
    }

    /** The status a client should see: a hold past its expiry is expired even before the sweep ran. */
    HoldStatus effectiveStatus(Instant now) {
        return HoldTransitions.State.of(status, expiresAt, now).shown();
    }
}
