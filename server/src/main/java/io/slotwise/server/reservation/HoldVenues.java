package io.slotwise.server.reservation;

import io.slotwise.server.security.VenueOwned;
import io.slotwise.server.web.DomainException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** How holdIds resolve to their venue, for access checks and CORS. */
@Component
class HoldVenues implements VenueOwned {

    private final HoldService service;

    HoldVenues(HoldService service) {
        this.service = service;
    }

    @Override
    public String pathVariable() {
        return "holdId";
    }

    @Override
    public Optional<UUID> venueOf(UUID id) {
        try {
            return Optional.of(service.venueOf(id));
        } catch (DomainException unknown) {
            return Optional.empty();
        }
    }
}
