package io.slotwise.server.reservation;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingStatus;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.events.VenueEvents;
import io.slotwise.server.session.SessionService;
import io.slotwise.server.session.SessionTerms;
import io.slotwise.server.web.DomainException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a confirmed booking to another session of the same activity, with the same party, in one
 * transaction: the new session's seats are taken first (the same conditional UPDATE a hold uses,
 * so a full session refuses and nothing changes), then the booking and its hold move, then the old
 * seats go back. Two moves of one booking at once: the second finds it moved and changes nothing.
 */
@Service
public class Rescheduling {

    private final SessionService sessions;
    private final HoldStore holds;
    private final BookingService bookings;
    private final VenueEvents events;
    private final Clock clock;

    Rescheduling(SessionService sessions, HoldStore holds, BookingService bookings, VenueEvents events, Clock clock) {
        this.sessions = sessions;
        this.holds = holds;
        this.bookings = bookings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Booking reschedule(UUID bookingId, UUID newSessionId) {
        if (newSessionId == null) {
            throw DomainException.invalid("sessionId", "is required");
        }
        Booking booking = bookings.get(bookingId);
        if (booking.status() != BookingStatus.CONFIRMED || booking.checkedInAt() != null) {
            throw new DomainException(ErrorCode.BOOKING_NOT_CHANGEABLE, "Only a confirmed booking whose party has not arrived can move");
        }
        if (booking.sessionId().equals(newSessionId)) {
            return booking;
        }
        SessionTerms target = sessions.terms(newSessionId).orElseThrow(() -> DomainException.notFound("Session"));
        if (!target.activityId().equals(booking.activityId()) || !target.activityActive()) {
            throw DomainException.invalid("sessionId", "must be a session of the same activity");
        }
        // Both sessions' shared resources, locked in one order before any seat moves: two moves in
        // opposite directions wait for each other instead of deadlocking.
        sessions.lockResourcesOf(booking.sessionId(), newSessionId);
        if (!sessions.tryTakeSeats(newSessionId, booking.partySize())) {
            if (!target.bookableAt(clock.instant())) {
                throw new DomainException(ErrorCode.SESSION_NOT_BOOKABLE, "That session has started, is blocked or is cancelled");
            }
            throw sessions.resourceBusy(newSessionId)
                    ? new DomainException(ErrorCode.RESOURCE_BUSY, "The room that session needs is taken at that time")
                    : new DomainException(ErrorCode.INSUFFICIENT_CAPACITY, "Not enough seats left in that session");
        }
        if (!bookings.move(bookingId, booking.sessionId(), newSessionId)) {
            // Cancelled, checked in or moved meanwhile: this transaction rolls back, the seats taken with it.
            throw new DomainException(ErrorCode.BOOKING_NOT_CHANGEABLE, "The booking changed meanwhile; look at it again");
        }
        holds.moveConfirmed(booking.reservationId(), booking.sessionId(), newSessionId);
        sessions.returnSeats(booking.sessionId(), booking.partySize());
        events.sessionChanged(booking.sessionId());
        events.sessionChanged(newSessionId);
        return bookings.get(bookingId);
    }
}
