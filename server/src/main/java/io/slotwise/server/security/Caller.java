package io.slotwise.server.security;

import java.util.Map;
import java.util.UUID;

/** Who is calling a staff endpoint: a logged-in staff member, or a venue's kiosk device. */
public sealed interface Caller {

    /**
     * A staff member with the role held in each organization (read fresh on every request), and
     * the id and expiry of the token the request came with.
     */
    record Staff(UUID userId, String email, Map<UUID, Role> roles, String tokenId, java.time.Instant tokenExpiresAt)
            implements Caller {
    }

    /** A kiosk device of one venue. */
    record Kiosk(UUID deviceId, UUID venueId, String name) implements Caller {
    }
}
