package io.slotwise.server.venue;

import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.api.VenueRequest;
import java.util.List;
import io.slotwise.server.security.Role;
import io.slotwise.server.security.Guarded;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for venues. */
@RestController
@RequestMapping("/api/v1")
class VenueController {

    private final VenueService venues;

    VenueController(VenueService venues) {
        this.venues = venues;
    }

    @Guarded(Role.STAFF)
    @GetMapping("/organizations/{organizationId}/venues")
    List<VenueDetails> list(@PathVariable UUID organizationId) {
        return venues.list(organizationId);
    }

    @Guarded(Role.OWNER)
    @PostMapping("/organizations/{organizationId}/venues")
    @ResponseStatus(HttpStatus.CREATED)
    VenueDetails create(@PathVariable UUID organizationId, @RequestBody VenueRequest request) {
        return venues.create(organizationId, request);
    }

    @Guarded(value = Role.STAFF, kiosk = true)
    @GetMapping("/venues/{venueId}")
    VenueDetails get(@PathVariable UUID venueId) {
        return venues.details(venueId);
    }

    @Guarded(Role.OWNER)
    @PutMapping("/venues/{venueId}")
    VenueDetails update(@PathVariable UUID venueId, @RequestBody VenueRequest request) {
        return venues.update(venueId, request);
    }

    @Guarded(Role.OWNER)
    @PostMapping("/venues/{venueId}/embed-key")
    VenueDetails rotateEmbedKey(@PathVariable UUID venueId) {
        return venues.rotateEmbedKey(venueId);
    }
}
