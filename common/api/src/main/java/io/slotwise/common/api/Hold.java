package io.slotwise.common.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A hold on seats. {@code holdToken} is the secret that lets its holder read, release or confirm
 * it; it is present only in the response that created the hold (and in replays of that request
 * with the same Idempotency-Key). {@code bookingNumber} appears once the hold is confirmed.
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
        String bookingNumber) {
}
