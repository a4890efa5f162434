package io.slotwise.common.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A hold whose customer chose "pay at the front desk" at the kiosk: it waits for staff to take
 * the money and confirm it, until {@code expiresAt}. {@code amountDue} is what the desk takes:
 * the {@code amount} less a promo code's discount and what a gift card paid.
 */
public record DeskHold(
        UUID id,
        UUID sessionId,
        UUID activityId,
        String activityName,
        OffsetDateTime startTime,
        int partySize,
        String email,
        String customerName,
        long amount,
        String currency,
        Instant expiresAt,
        Instant waitingSince,
        long amountDue) {

    /** A hold with nothing off its price. */
    public DeskHold(UUID id, UUID sessionId, UUID activityId, String activityName, OffsetDateTime startTime, int partySize, String email,
            String customerName, long amount, String currency, Instant expiresAt, Instant waitingSince) {
        this(id, sessionId, activityId, activityName, startTime, partySize, email, customerName, amount, currency, expiresAt, waitingSince,
                amount);
    }
}
