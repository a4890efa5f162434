package io.slotwise.common.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A venue as staff see it, with its public embed key, the origins allowed to embed it, its contact for customers and its brand. */
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
        String defaultLocale,
        String logoUrl,
        String accentColor) {

    /** Without a brand. */
    public VenueDetails(UUID id, UUID organizationId, String name, String timezone, String embedKey, List<String> allowedOrigins,
            Instant createdAt, String address, String phone, String email, String defaultLocale) {
        this(id, organizationId, name, timezone, embedKey, allowedOrigins, createdAt, address, phone, email, defaultLocale, null, null);
    }


    /** A venue without contact details, in English. */
    public VenueDetails(UUID id, UUID organizationId, String name, String timezone, String embedKey,
            List<String> allowedOrigins, Instant createdAt) {
        this(id, organizationId, name, timezone, embedKey, allowedOrigins, createdAt, null, null, null, "en", null, null);
    }
}
