package io.slotwise.server.reservation;

import io.slotwise.server.security.VenueLookup;
import org.springframework.stereotype.Component;

/** How holdIds resolve to their venue, for access checks and CORS. */
@Component
class HoldVenues extends VenueLookup {

    HoldVenues(HoldService service) {
        super("holdId", id -> service.venueOf(id));
    }
}
