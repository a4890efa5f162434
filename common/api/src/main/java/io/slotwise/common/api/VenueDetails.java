package io.slotwise.common.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A venue as staff see it, with its public embed key, the origins allowed to embed it and its contact for customers. */
public record VenueDetails(
        UUID id,
        UUID organizationId,
        String name,
        String timezone,
        String embedKey,
        List<String> allowedOrigins,
        Instant createdAt,
        String address,
        String phone,
        String email,
        String defaultLocale) {

    /** A venue without contact details, in English. */
    public VenueDetails(UUID id, UUID organizationId, String name, String timezone, String embedKey,
            List<String> allowedOrigins, Instant createdAt) {
        this(id, organizationId, name, timezone, embedKey, allowedOrigins, createdAt, null, null, null, "en");
    }
}
