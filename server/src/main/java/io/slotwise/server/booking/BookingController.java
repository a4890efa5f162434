package io.slotwise.server.booking;

import io.slotwise.common.api.Booking;
import java.time.LocalDate;
import java.util.List;
import io.slotwise.server.security.Role;
import io.slotwise.server.security.Callers;
import io.slotwise.server.security.Guarded;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for bookings: search, detail, cancel, check-in, and the upcoming list. */
@RestController
@RequestMapping("/api/v1")
class BookingController {

    private final BookingService bookings;
    private final BookingViews views;

    BookingController(BookingService bookings, BookingViews views) {
        this.bookings = bookings;
        this.views = views;
    }

    @Guarded(Role.STAFF)
    @GetMapping("/venues/{venueId}/bookings")
    List<Booking> search(@PathVariable UUID venueId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String q) {
        return views.search(venueId, from, to, q);
    }

    @Guarded(Role.STAFF)
    @GetMapping("/bookings/{bookingId}")
    Booking get(@PathVariable UUID bookingId) {
        return bookings.get(bookingId);
    }

    @Guarded(Role.STAFF)
    @PostMapping("/bookings/{bookingId}/cancel")
    Booking cancel(@PathVariable UUID bookingId) {
        return bookings.cancel(bookingId);
    }

    @Guarded(Role.STAFF)
    @PostMapping("/bookings/{bookingId}/check-in")
    Booking checkIn(@PathVariable UUID bookingId) {
        return bookings.checkIn(bookingId);
    }

    @Guarded(Role.STAFF)
    @PostMapping("/bookings/{bookingId}/no-show")
    Booking noShow(@PathVariable UUID bookingId) {
        return bookings.markNoShow(bookingId);
    }

    @Guarded(Role.STAFF)
    @GetMapping("/dashboard/upcoming-bookings")
    List<Booking> upcoming(@RequestParam(required = false) Integer limit, @RequestParam(required = false) UUID venueId) {
        // Without a venue: the upcoming bookings of every venue of the caller's organizations.
        return views.upcoming(limit, venueId, Callers.organizations());
    }
}
