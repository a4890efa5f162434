package io.slotwise.server.manage;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ManagedBooking;
import io.slotwise.common.api.RescheduleRequest;
import io.slotwise.server.reservation.Rescheduling;
import io.slotwise.server.security.Guarded;
import io.slotwise.server.security.Role;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Manage my booking: the customer's side with the secret of their link, and the desk moving a booking for a caller. */
@RestController
@RequestMapping("/api/v1")
class ManageController {

    private final SelfService self;
    private final Rescheduling rescheduling;

    ManageController(SelfService self, Rescheduling rescheduling) {
        this.self = self;
        this.rescheduling = rescheduling;
    }

    @GetMapping("/public/bookings/{bookingNumber}")
    ManagedBooking booking(@PathVariable String bookingNumber,
            @RequestHeader(name = "X-Manage-Token", required = false) String token) {
        return self.view(bookingNumber, token);
    }

    @PostMapping("/public/bookings/{bookingNumber}/cancel")
    ManagedBooking cancel(@PathVariable String bookingNumber,
            @RequestHeader(name = "X-Manage-Token", required = false) String token) {
        return self.cancel(bookingNumber, token);
    }

    @PostMapping("/public/bookings/{bookingNumber}/reschedule")
    ManagedBooking reschedule(@PathVariable String bookingNumber,
            @RequestHeader(name = "X-Manage-Token", required = false) String token,
            @RequestBody(required = false) RescheduleRequest request) {
        return self.reschedule(bookingNumber, token, request);
    }

    /** The desk moves a booking for a customer on the phone: no deadline, the seats decide. */
    @Guarded(Role.STAFF)
    @PostMapping("/bookings/{bookingId}/reschedule")
    Booking rescheduleAsStaff(@PathVariable UUID bookingId, @RequestBody(required = false) RescheduleRequest request) {
        return rescheduling.reschedule(bookingId, request == null ? null : request.sessionId());
    }
}
