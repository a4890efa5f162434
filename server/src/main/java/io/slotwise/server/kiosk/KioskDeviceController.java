package io.slotwise.server.kiosk;

import io.slotwise.common.api.IssuedKioskDevice;
import io.slotwise.common.api.KioskDevice;
import io.slotwise.common.api.KioskDeviceRequest;
import java.util.List;
import io.slotwise.server.security.Role;
import io.slotwise.server.security.Guarded;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for a venue's kiosk devices. */
@RestController
@RequestMapping("/api/v1")
class KioskDeviceController {

    private final KioskDeviceService devices;

    KioskDeviceController(KioskDeviceService devices) {
        this.devices = devices;
    }

    @Guarded(Role.OWNER)
    @PostMapping("/venues/{venueId}/kiosk-devices")
    @ResponseStatus(HttpStatus.CREATED)
    IssuedKioskDevice register(@PathVariable UUID venueId, @RequestBody KioskDeviceRequest request) {
        return devices.register(venueId, request);
    }

    @Guarded(Role.OWNER)
    @GetMapping("/venues/{venueId}/kiosk-devices")
    List<KioskDevice> list(@PathVariable UUID venueId) {
        return devices.list(venueId);
    }

    @Guarded(Role.OWNER)
    @DeleteMapping("/kiosk-devices/{deviceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID deviceId) {
        devices.revoke(deviceId);
    }
}
