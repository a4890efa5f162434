package io.slotwise.server.kiosk;

import io.slotwise.server.security.VenueOwned;
import io.slotwise.server.web.DomainException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** How deviceIds resolve to their venue, for access checks and CORS. */
@Component
class DeviceVenues implements VenueOwned {

    private final KioskDeviceService service;

    DeviceVenues(KioskDeviceService service) {
        this.service = service;
    }

    @Override
    public String pathVariable() {
        return "deviceId";
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
