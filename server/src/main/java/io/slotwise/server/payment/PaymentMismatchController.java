package io.slotwise.server.payment;

import io.slotwise.common.api.PaymentMismatch;
import io.slotwise.server.security.Guarded;
import io.slotwise.server.security.Role;
import io.slotwise.server.venue.VenueService;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff see the online payments that did not match their hold (refunded, nothing booked), to contact the customer. */
@RestController
@RequestMapping("/api/v1")
class PaymentMismatchController {

    private final PaymentMismatches mismatches;
    private final VenueService venues;

    PaymentMismatchController(PaymentMismatches mismatches, VenueService venues) {
        this.mismatches = mismatches;
        this.venues = venues;
    }

    @Guarded(Role.STAFF)
    @GetMapping("/venues/{venueId}/payment-mismatches")
    List<PaymentMismatch> ofVenue(@PathVariable UUID venueId) {
        venues.get(venueId);
        return mismatches.ofVenue(venueId);
    }
}
