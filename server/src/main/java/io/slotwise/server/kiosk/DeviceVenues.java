package io.slotwise.server.kiosk;

import io.slotwise.server.security.VenueLookup;
import org.springframework.stereotype.Component;

/** How deviceIds resolve to their venue, for access checks and CORS. */
@Component
class DeviceVenues extends VenueLookup {

    DeviceVenues(KioskDeviceService service) {
        super("deviceId", id -> service.venueOf(id));
    }
}
