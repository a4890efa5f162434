package io.slotwise.common.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A venue as staff see it, with its public embed key and the origins allowed to embed it. */
public record VenueDetails(
        UUID id,
        UUID organizationId,
        String name,
        String timezone,
        String embedKey,
        List<String> allowedOrigins,
        Instant createdAt) {
}
