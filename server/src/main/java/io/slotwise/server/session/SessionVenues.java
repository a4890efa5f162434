package io.slotwise.server.session;

import io.slotwise.server.security.VenueLookup;
import org.springframework.stereotype.Component;

/** How sessionIds resolve to their venue, for access checks and CORS. */
@Component
class SessionVenues extends VenueLookup {

    SessionVenues(SessionService service) {
        super("sessionId", id -> service.terms(id).map(SessionTerms::venueId).orElse(null));
    }
}
