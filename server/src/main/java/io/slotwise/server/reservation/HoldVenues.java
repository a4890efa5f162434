package io.slotwise.server.reservation;

import io.slotwise.server.audit.AuditSnapshots;
import io.slotwise.server.security.VenueLookup;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** How holdIds resolve to their venue (access checks and CORS) and how a hold looks in the audit log. */
@Component
class HoldVenues extends VenueLookup implements AuditSnapshots {

    private final HoldService service;

    HoldVenues(HoldService service) {
        super("holdId", id -> service.venueOf(id));
        this.service = service;
    }

    @Override
    public Object snapshot(UUID id) {
        return service.staffView(id);
    }
}
