package io.slotwise.common.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One event sent (or being sent) to a webhook: its {@code id} is the event's, the same on every
 * try; {@code status} is {@code PENDING}, {@code SENT} or {@code FAILED}; {@code lastResult} is
 * the receiver's last answer ("HTTP 500") or why there was none.
 */
public record WebhookDelivery(UUID id, String type, Instant createdAt, String status, int attempts, String lastResult,
        Instant sentAt, Instant nextAttemptAt) {
}
