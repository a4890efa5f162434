package io.slotwise.server.reservation;

import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldStatus;
import io.slotwise.server.booking.TicketText;
import io.slotwise.server.session.SessionTerms;
import java.time.Instant;
import java.util.UUID;

/**
 * A hold row as stored; {@code locale} is the customer's language, null for the venue's;
 * {@code tickets} the party's ticket categories as {@link io.slotwise.server.booking.TicketText}, null for none;
 * {@code discount} what {@code promoCode} (null for none) takes off {@code amount}.
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
        String promoCode) {

    /** The hold as its holder or staff see it ({@code token} only in the answer that made it), at {@code now}. */
    Hold view(SessionTerms terms, String token, String bookingNumber, Instant now) {
        return new Hold(id, sessionId, partySize, effectiveStatus(now), expiresAt.atZone(terms.zone()).toOffsetDateTime(), token,
                amount, currency, bookingNumber, TicketText.read(tickets), discount, 0, amountDue(), promoCode);
    }

    /** What is left to pay once the discount came off. */
    long amountDue() {
        return amount - discount;
    }

    /** The status a client should see: a hold past its expiry is expired even before the sweep ran. */
    HoldStatus effectiveStatus(Instant now) {
        return HoldTransitions.State.of(status, expiresAt, now).shown();
    }
}
