package io.slotwise.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A hold on seats. {@code holdToken} is the secret that lets its holder read, release or confirm
 * it; it is present only in the response that created the hold (and in replays of that request
 * with the same Idempotency-Key). {@code bookingNumber} appears once the hold is confirmed.
 * {@code amount} is the party's price, computed by the server ({@code tickets}, if the hold
 * named categories, say how); {@code discount} what a promo code ({@code promoCode}) takes off it,
 * {@code giftCardAmount} what a gift card pays of the rest, and {@code amountDue} what is left to
 * pay (online, at the desk or at the venue): {@code amount - discount - giftCardAmount}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Hold(
        UUID id,
        UUID sessionId,
        int partySize,
        HoldStatus status,
        OffsetDateTime expiresAt,
        String holdToken,
        long amount,
        String currency,
        String bookingNumber,
        List<TicketCount> tickets,
        long discount,
        long giftCardAmount,
        long amountDue,
        String promoCode) {

    /** A hold at its full price (no promo code, no gift card). */
    public Hold(UUID id, UUID sessionId, int partySize, HoldStatus status, OffsetDateTime expiresAt, String holdToken, long amount,
            String currency, String bookingNumber, List<TicketCount> tickets) {
        this(id, sessionId, partySize, status, expiresAt, holdToken, amount, currency, bookingNumber, tickets, 0, 0, amount, null);
    }

    /** A hold without ticket categories. */
    public Hold(UUID id, UUID sessionId, int partySize, HoldStatus status, OffsetDateTime expiresAt, String holdToken, long amount,
            String currency, String bookingNumber) {
        this(id, sessionId, partySize, status, expiresAt, holdToken, amount, currency, bookingNumber, null);
    }
}
