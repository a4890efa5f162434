package io.slotwise.server.reservation;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.GiftCardCode;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.ReleasedHolds;
import io.slotwise.server.security.Role;
import io.slotwise.server.security.Guarded;
import io.slotwise.server.security.Caller;
import io.slotwise.server.security.Callers;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff and kiosk hold actions: confirm any hold of the venue, take a gift card for one, and run the expiry sweep now. */
@RestController
@RequestMapping("/api/v1")
class StaffHoldController {

    private final HoldService holds;
    private final HoldGiftCards giftCards;

    StaffHoldController(HoldService holds, HoldGiftCards giftCards) {
        this.holds = holds;
        this.giftCards = giftCards;
    }

    /** The desk takes a gift card for a hold of its venue: it pays what it can of what is left. */
    @Guarded(Role.STAFF)
    @PostMapping("/reservations/{holdId}/gift-card")
    Hold applyGiftCard(@PathVariable UUID holdId, @RequestBody(required = false) GiftCardCode card) {
        return giftCards.applyByStaff(holdId, card == null ? null : card.code());
    }

    @Guarded(value = Role.STAFF, kiosk = true)
    @PostMapping("/reservations/{holdId}/confirm")
    @ResponseStatus(HttpStatus.CREATED)
    Booking confirm(@PathVariable UUID holdId, @RequestBody ConfirmRequest request) {
        return holds.confirmByStaff(holdId, request, Callers.current() instanceof Caller.Kiosk);
    }

    @Guarded(Role.STAFF)
    @PostMapping("/maintenance/release-expired")
    ReleasedHolds releaseExpired() {
        return new ReleasedHolds(holds.releaseExpired());
    }
}
