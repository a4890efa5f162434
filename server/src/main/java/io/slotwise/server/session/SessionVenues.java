package io.slotwise.server.session;

import io.slotwise.server.security.VenueOwned;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** How sessionIds resolve to their venue, for access checks and CORS. */
@Component
class SessionVenues implements VenueOwned {

    private final SessionService sessions;

    SessionVenues(SessionService sessions) {
        this.sessions = sessions;
    }

    @Override
    public String pathVariable() {
        return "sessionId";
    }

    @Override
    public Optional<UUID> venueOf(UUID id) {
        return sessions.terms(id).map(SessionTerms::venueId);
    }
}
