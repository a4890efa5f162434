package io.slotwise.server.booking;

import io.slotwise.server.security.VenueOwned;
import io.slotwise.server.web.DomainException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** How bookingIds resolve to their venue, for access checks and CORS. */
@Component
class BookingVenues implements VenueOwned {

    private final BookingService service;

    BookingVenues(BookingService service) {
        this.service = service;
    }

    @Override
    public String pathVariable() {
        return "bookingId";
    }

    @Override
    public Optional<UUID> venueOf(UUID id) {
        try {
            return Optional.of(service.get(id).venueId());
        } catch (DomainException unknown) {
            return Optional.empty();
        }
    }
}
