package io.slotwise.server.reservation;

import io.slotwise.common.api.DeskHold;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.PayAtDeskRequest;
import io.slotwise.server.security.Role;
import io.slotwise.server.security.Guarded;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The front desk's queue of kiosk customers who pay there. */
@RestController
@RequestMapping("/api/v1")
class DeskHoldController {

    private final DeskHolds desk;
    private final DeskQueue queue;

    DeskHoldController(DeskHolds desk, DeskQueue queue) {
        this.queue = queue;
        this.desk = desk;
    }

    @Guarded(value = Role.STAFF, kiosk = true)
    @PostMapping("/reservations/{holdId}/pay-at-desk")
    Hold payAtDesk(@PathVariable UUID holdId, @RequestBody PayAtDeskRequest request) {
        return desk.sendToDesk(holdId, request);
    }

    @Guarded(Role.STAFF)
    @GetMapping("/venues/{venueId}/desk-holds")
    List<DeskHold> waiting(@PathVariable UUID venueId) {
        return queue.waiting(venueId);
    }
}
