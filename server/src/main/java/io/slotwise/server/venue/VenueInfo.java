package io.slotwise.server.venue;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A venue as other modules see it: who owns it, its clock, its widget key and allowed origins. */
public record VenueInfo(UUID id, UUID organizationId, String name, ZoneId zone, String embedKey, List<String> allowedOrigins) {

    public VenueInfo {
        allowedOrigins = List.copyOf(allowedOrigins);
    }
}
