package io.slotwise.server.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What access checks, CORS and framing need to know of venues; provided by the venue module. */
public interface VenueDirectory {

    /** The organization owning the venue; empty if there is no such venue. */
    Optional<UUID> organizationOf(UUID venueId);

    /** The venue with this public embed key, if any. */
    Optional<UUID> venueOfEmbedKey(String embedKey);

    /** The sites allowed to embed the venue's widget and call the public API from a browser. */
    List<String> allowedOrigins(UUID venueId);

    /** Whether any venue allows this origin (for requests that name no venue yet). */
    boolean anyAllows(String origin);
}
