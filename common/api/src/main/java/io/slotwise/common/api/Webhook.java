package io.slotwise.common.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An integrator's subscription: events of a venue POSTed to {@code url}, signed with {@code
 * secret}, which is in the answer that creates the webhook only (null in every other answer).
 */
public record Webhook(UUID id, UUID venueId, String url, List<String> events, String secret, Instant createdAt) {
}
