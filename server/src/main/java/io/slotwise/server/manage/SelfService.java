package io.slotwise.server.manage;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingStatus;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.ManagedBooking;
import io.slotwise.common.api.PaymentStatus;
import io.slotwise.common.api.RescheduleRequest;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.payment.PaymentRefunds;
import io.slotwise.server.reservation.Rescheduling;
import io.slotwise.server.venue.VenueInfo;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.DomainException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * What a customer may do with their booking through the manage link: see it, cancel it until the
 * session starts (with the refund the activity's policy gives, said before they confirm), and
 * move it to another time of the same activity until the refund deadline. A wrong token and an
 * unknown booking number get the same 404.
 */
@Service
class SelfService {

    private final BookingService bookings;
    private final PaymentRefunds refunds;
    private final Rescheduling rescheduling;
    private final VenueService venues;
    private final Clock clock;

    SelfService(BookingService bookings, PaymentRefunds refunds, Rescheduling rescheduling, VenueService venues, Clock clock) {
        this.bookings = bookings;
        this.refunds = refunds;
        this.rescheduling = rescheduling;
        this.venues = venues;
        this.clock = clock;
    }

    ManagedBooking view(String bookingNumber, String token) {
        return managed(owned(bookingNumber, token));
    }

    ManagedBooking cancel(String bookingNumber, String token) {
        Booking booking = owned(bookingNumber, token);
        if (booking.status() == BookingStatus.CONFIRMED) {
            if (!clock.instant().isBefore(booking.startTime().toInstant())) {
                throw notChangeable("The session has started; please contact the venue");
            }
            bookings.cancel(booking.id());
        }
        return managed(bookings.get(booking.id()));
    }

    ManagedBooking reschedule(String bookingNumber, String token, RescheduleRequest request) {
        Booking booking = owned(bookingNumber, token);
        if (!reschedulable(booking)) {
            throw notChangeable("This booking can no longer be moved online; please contact the venue");
        }
        return managed(rescheduling.reschedule(booking.id(), request == null ? null : request.sessionId()));
    }

    private Booking owned(String bookingNumber, String token) {
        return bookings.byNumber(bookingNumber)
                .filter(b -> bookings.manageTokenMatches(b.id(), token))
                .orElseThrow(() -> DomainException.notFound("Booking"));
    }

    private boolean reschedulable(Booking booking) {
        return booking.status() == BookingStatus.CONFIRMED && booking.checkedInAt() == null
                && !clock.instant().isAfter(refunds.refundDeadline(booking));
    }

    private ManagedBooking managed(Booking b) {
        VenueInfo venue = venues.get(b.venueId());
        Instant now = clock.instant();
        boolean open = b.status() == BookingStatus.CONFIRMED && now.isBefore(b.startTime().toInstant());
        boolean paidOnline = b.paymentStatus() == PaymentStatus.PAID || b.paymentStatus() == PaymentStatus.PARTIALLY_REFUNDED
                || b.paymentStatus() == PaymentStatus.REFUNDED;
        return new ManagedBooking(b.bookingNumber(), b.activityId(), b.activityName(), venue.name(), venue.zone().getId(),
                venue.address(), venue.phone(), venue.email(), b.startTime(), b.endTime(), b.partySize(),
                b.customer().name(), b.status(), b.totalAmount(), paidOnline ? b.totalAmount() - b.refundedAmount() : 0,
                b.currency(), b.startTime(), open ? refunds.refundDue(b, now) : 0, reschedulable(b));
    }

    private static DomainException notChangeable(String why) {
        return new DomainException(ErrorCode.BOOKING_NOT_CHANGEABLE, why);
    }
}
