package io.slotwise.server.message;

import java.time.Instant;
import java.util.UUID;

/**
 * A message row as stored: a mail to a customer about a booking ({@code refundAmount} only for a
 * cancellation) or a gift card ({@code giftCardId}), or an event for a webhook ({@code webhookId}, {@code eventType} and the {@code payload} sent).
 */
record StoredMessage(UUID id, UUID venueId, UUID bookingId, MessageKind kind, String recipient, String locale,
        String baseUrl, Long refundAmount, String status, int attempts, Instant nextAttemptAt, String lastError,
        Instant createdAt, Instant sentAt, UUID webhookId, String eventType, String payload, UUID giftCardId) {

    /** A new mail, due now. */
    static StoredMessage pending(UUID venueId, UUID bookingId, MessageKind kind, String recipient, String locale,
            String baseUrl, Long refundAmount, Instant now) {
        return new StoredMessage(UUID.randomUUID(), venueId, bookingId, kind, recipient, locale, baseUrl, refundAmount,
                "PENDING", 0, now, null, now, null, null, null, null, null);
    }

    /** A new mail about a gift card (its code, to its recipient), due now. */
    static StoredMessage giftCard(UUID venueId, UUID giftCardId, String recipient, String locale, String baseUrl, Instant now) {
        return new StoredMessage(UUID.randomUUID(), venueId, null, MessageKind.GIFT_CARD, recipient, locale, baseUrl, null,
                "PENDING", 0, now, null, now, null, null, null, null, giftCardId);
    }

    /** A new event for a webhook, due now: {@code payload} is the body every try sends, its id is {@code id}. */
    static StoredMessage webhook(UUID id, UUID venueId, UUID bookingId, UUID webhookId, String url, String eventType,
            String payload, Instant now) {
        return new StoredMessage(id, venueId, bookingId, MessageKind.WEBHOOK_EVENT, url, "en", "", null, "PENDING", 0, now,
                null, now, null, webhookId, eventType, payload, null);
    }

    boolean isWebhook() {
        return webhookId != null;
    }
}
