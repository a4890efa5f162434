package io.slotwise.server.session;

import io.slotwise.server.audit.AuditSnapshots;
import io.slotwise.server.security.VenueLookup;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** How sessionIds resolve to their venue (access checks and CORS) and how a session looks in the audit log. */
@Component
class SessionVenues extends VenueLookup implements AuditSnapshots {

    private final SessionService service;

    SessionVenues(SessionService service) {
        super("sessionId", id -> service.terms(id).map(SessionTerms::venueId).orElse(null));
        this.service = service;
    }

    @Override
    public Object snapshot(UUID id) {
        return service.staffSession(id);
    }
}
