package io.slotwise.server.booking;

import io.slotwise.server.security.VenueLookup;
import org.springframework.stereotype.Component;

/** How bookingIds resolve to their venue, for access checks and CORS. */
@Component
class BookingVenues extends VenueLookup {

    BookingVenues(BookingService service) {
        super("bookingId", id -> service.get(id).venueId());
    }
}
