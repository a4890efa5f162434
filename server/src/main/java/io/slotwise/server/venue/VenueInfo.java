package io.slotwise.server.venue;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A venue as other modules see it: who owns it, its clock, its widget key and allowed origins,
 * its contact for customers (each may be null) and their default language.
 */
public record VenueInfo(UUID id, UUID organizationId, String name, ZoneId zone, String embedKey, List<String> allowedOrigins,
        String address, String phone, String email, String defaultLocale) {

    public VenueInfo {
        allowedOrigins = List.copyOf(allowedOrigins);
    }
}
