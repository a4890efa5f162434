package io.slotwise.server.booking;

import io.slotwise.server.audit.AuditSnapshots;
import io.slotwise.server.security.VenueLookup;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** How bookingIds resolve to their venue (access checks and CORS) and how a booking looks in the audit log. */
@Component
class BookingVenues extends VenueLookup implements AuditSnapshots {

    private final BookingService service;

    BookingVenues(BookingService service) {
        super("bookingId", id -> service.get(id).venueId());
        this.service = service;
    }

    @Override
    public Object snapshot(UUID id) {
        return service.get(id);
    }
}
