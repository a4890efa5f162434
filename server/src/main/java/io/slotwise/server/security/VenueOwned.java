package io.slotwise.server.security;

import java.util.Optional;
import java.util.UUID;

/**
 * How one feature's ids resolve to the venue that owns them. Each feature whose resources appear
 * in staff paths registers one (for its path variable, such as {@code activityId}); access checks
 * and CORS decisions go through them, so this module depends on no feature.
 */
public interface VenueOwned {

    /** The path variable naming this feature's resources, e.g. {@code activityId}. */
    String pathVariable();

    /** The venue owning the resource with this id; empty if there is none. */
    Optional<UUID> venueOf(UUID id);
}
