package io.slotwise.server.activity;

import io.slotwise.server.audit.AuditSnapshots;
import io.slotwise.server.security.VenueLookup;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** How activityIds resolve to their venue (access checks and CORS) and how a activity looks in the audit log. */
@Component
class ActivityVenues extends VenueLookup implements AuditSnapshots {

    private final ActivityService service;

    ActivityVenues(ActivityService service) {
        super("activityId", id -> service.get(id).venueId());
        this.service = service;
    }

    @Override
    public Object snapshot(UUID id) {
        return service.details(id);
    }
}
