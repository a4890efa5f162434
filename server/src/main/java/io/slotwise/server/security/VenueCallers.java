package io.slotwise.server.security;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Whether a request to the public API, where nobody is authenticated, comes from the venue
 * itself: one of its kiosk devices, or a staff member of its organization, sending their token.
 * The venue can take money in person where the public can only pay online.
 */
@Component
public class VenueCallers {

    private static final String BEARER = "Bearer ";

    private final CallerTokens tokens;

    VenueCallers(CallerTokens tokens) {
        this.tokens = tokens;
    }

    /** {@code authorization}: the request's {@code Authorization} header, or null. */
    public boolean isVenue(String authorization, UUID venueId, UUID organizationId) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        // A stale or foreign token is simply the public.
        return tokens.authenticate(authorization.substring(BEARER.length()).trim())
                .map(caller -> caller instanceof Caller.Kiosk kiosk ? kiosk.venueId().equals(venueId)
                        : caller instanceof Caller.Staff staff && staff.roles().containsKey(organizationId))
                .orElse(false);
    }
}
