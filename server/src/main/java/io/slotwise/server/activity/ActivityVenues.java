package io.slotwise.server.activity;

import io.slotwise.server.security.VenueOwned;
import io.slotwise.server.web.DomainException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** How activityIds resolve to their venue, for access checks and CORS. */
@Component
class ActivityVenues implements VenueOwned {

    private final ActivityService service;

    ActivityVenues(ActivityService service) {
        this.service = service;
    }

    @Override
    public String pathVariable() {
        return "activityId";
    }

    @Override
    public Optional<UUID> venueOf(UUID id) {
        try {
            return Optional.of(service.get(id).getVenueId());
        } catch (DomainException unknown) {
            return Optional.empty();
        }
    }
}
