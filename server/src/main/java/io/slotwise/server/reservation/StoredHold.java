package io.slotwise.server.reservation;

import io.slotwise.common.api.HoldStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A hold row as stored; {@code locale} is the customer's language, null for the venue's;
 * {@code tickets} the party's ticket categories as {@link io.slotwise.server.booking.TicketText}, null for none.
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
        String tickets) {

    /** The status a client should see: a hold past its expiry is expired even before the sweep ran. */
    HoldStatus effectiveStatus(Instant now) {
        return HoldTransitions.State.of(status, expiresAt, now).shown();
    }
}
