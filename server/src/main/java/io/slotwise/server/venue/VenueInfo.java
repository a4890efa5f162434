package io.slotwise.server.venue;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A venue as other modules see it: who owns it, its clock, its widget key and allowed origins,
 * its contact for customers (each may be null), their default language, and its brand (logo and
 * accent colour, each may be null).
 */
public record VenueInfo(UUID id, UUID organizationId, String name, ZoneId zone, String embedKey, List<String> allowedOrigins,
        String address, String phone, String email, String defaultLocale, String logoUrl, String accentColor) {

    public VenueInfo {
        allowedOrigins = List.copyOf(allowedOrigins);
    }
}
