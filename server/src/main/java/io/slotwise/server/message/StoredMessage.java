package io.slotwise.server.message;

import java.time.Instant;
import java.util.UUID;

/** A message row as stored; {@code refundAmount} only for a cancellation. */
record StoredMessage(UUID id, UUID venueId, UUID bookingId, MessageKind kind, String recipient, String locale,
        String baseUrl, Long refundAmount, String status, int attempts, Instant nextAttemptAt, String lastError,
        Instant createdAt, Instant sentAt) {

    /** A new message, due now. */
    static StoredMessage pending(UUID venueId, UUID bookingId, MessageKind kind, String recipient, String locale,
            String baseUrl, Long refundAmount, Instant now) {
        return new StoredMessage(UUID.randomUUID(), venueId, bookingId, kind, recipient, locale, baseUrl, refundAmount,
                "PENDING", 0, now, null, now, null);
    }
}
