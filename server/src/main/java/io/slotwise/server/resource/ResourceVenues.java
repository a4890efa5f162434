package io.slotwise.server.resource;

import io.slotwise.server.audit.AuditSnapshots;
import io.slotwise.server.security.VenueLookup;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** How resourceIds resolve to their venue (access checks) and how a resource looks in the audit log. */
@Component
class ResourceVenues extends VenueLookup implements AuditSnapshots {

    private final ResourceService service;

    ResourceVenues(ResourceService service) {
        super("resourceId", id -> service.get(id).venueId());
        this.service = service;
    }

    @Override
    public Object snapshot(UUID id) {
        return service.get(id);
    }
}
