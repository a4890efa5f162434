package io.slotwise.server.reservation;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.HoldStatus;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.PaymentStatus;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.booking.NewBooking;
import io.slotwise.server.giftcard.GiftCardHolds;
import io.slotwise.server.promotion.PromoCodeUses;
import io.slotwise.server.session.SessionService;
import io.slotwise.server.session.SessionTerms;
import io.slotwise.server.web.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds as the payment provider sees them: what a payment page needs to know, a payment that
 * arrived (in time, late, or too late for its places) and a page that closed unpaid. Every step
 * is safe to repeat, since the provider delivers its notices at least once, in any order.
 */
@Service
public class PaidHolds {

    private final HoldStore holds;
    private final SessionService sessions;
    private final BookingService bookings;
    private final HoldAnnouncements announcements;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final HoldMetrics metrics;
    private final PromoCodeUses promoCodes;
    private final GiftCardHolds giftCards;

    PaidHolds(HoldStore holds, SessionService sessions, BookingService bookings, HoldAnnouncements announcements,
            TransactionTemplate transactions, Clock clock, HoldMetrics metrics, PromoCodeUses promoCodes, GiftCardHolds giftCards) {
        this.giftCards = giftCards;
        this.promoCodes = promoCodes;
        this.holds = holds;
        this.sessions = sessions;
        this.bookings = bookings;
        this.announcements = announcements;
        this.transactions = transactions;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The address the hold was made with, to fill in on the payment page. */
    public String emailOf(UUID holdId) {
        return find(holdId).email();
    }

    /** What is left to pay for the hold online (its price less any discount and what a gift card pays), in minor units. */
    public long amountOf(UUID holdId) {
        return find(holdId).amountDue();
    }

    /** The hold's activity, session and price, for the payment page. */
    public SessionTerms termsOf(UUID holdId) {
        return sessions.terms(find(holdId).sessionId()).orElseThrow();
    }

    /**
     * Money for a hold arrived through the payment provider. A live hold (even one past its time
     * that the sweep has not ended yet: its seats are still its own) becomes a booking marked
     * paid. An ended hold takes its seats back if the session still has them and can be booked;
     * otherwise the places are gone and the caller refunds. A hold booked before answers with
     * that booking, so a repeated notice changes nothing.
     */
    public PaidHold settlePayment(UUID holdId, String customerName, String paymentReference) {
        StoredHold hold = find(holdId);
        SessionTerms terms = sessions.terms(hold.sessionId()).orElseThrow();
        String name = customerName == null || customerName.isBlank() ? hold.email() : customerName.trim();
        UUID customer = bookings.customerFor(terms.organizationId(), hold.email(), name.length() > 200 ? name.substring(0, 200) : name,
                null);
        for (int attempt = 1; attempt <= BookingNumberRetry.ATTEMPTS; attempt++) {
            PaidHold outcome = BookingNumberRetry.recording(() -> transactions.execute(tx -> {
                Instant now = clock.instant();
                if (holds.confirmPaid(hold.id(), now)) {
                    promoCodes.confirmed(hold.id(), now);
                    giftCards.confirmed(hold.id(), now);
                    bookings.record(paid(hold.id(), terms, customer, paymentReference));
                    announcements.changed(terms.venueId(), hold, HoldStatus.CONFIRMED);
                    metrics.booked(HoldMetrics.Channel.ONLINE);
                    return PaidHold.booked(bookings.forReservation(hold.id()).orElseThrow(), false);
                }
                var earlier = bookings.forReservation(hold.id());
                if (earlier.isPresent()) {
                    return PaidHold.booked(earlier.get(), false);
                }
                if (holds.reclaim(hold.id(), now)) {
                    // The places, the promo code's use and the gift card's part, as the hold had them: without all, the money goes back.
                    if (!sessions.tryTakeSeats(hold.sessionId(), hold.partySize()) || !promoCodes.retake(hold.id(), now)
                            || !giftCards.retake(hold.id(), now)) {
                        tx.setRollbackOnly();
                        return PaidHold.placesGone();
                    }
                    bookings.record(paid(hold.id(), terms, customer, paymentReference));
                    announcements.changed(terms.venueId(), hold, HoldStatus.CONFIRMED);
                    metrics.booked(HoldMetrics.Channel.ONLINE);
                    return PaidHold.booked(bookings.forReservation(hold.id()).orElseThrow(), true);
                }
                return null; // changed under us (the sweep ended it just now): look again
            }));
            if (outcome != null) {
                return outcome;
            }
        }
        throw new IllegalStateException("Hold " + holdId + " kept changing while its payment was settled");
    }

    /** The booking of a paid hold, as the hold is under its row's lock (with any gift card applied since it was first read). */
    private NewBooking paid(UUID holdId, SessionTerms terms, UUID customer, String paymentReference) {
        return find(holdId).booking(terms, customer, PaymentMethod.ONLINE, PaymentStatus.PAID, paymentReference);
    }

    /** Records a payment that came too late for its places: a cancelled booking, marked refunded. */
    public Booking recordRefundedPayment(UUID holdId, String paymentReference) {
        StoredHold hold = find(holdId);
        var earlier = bookings.forReservation(holdId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        SessionTerms terms = sessions.terms(hold.sessionId()).orElseThrow();
        UUID customer = bookings.customerFor(terms.organizationId(), hold.email(), hold.email(), null);
        NewBooking refunded = hold.booking(terms, customer, PaymentMethod.ONLINE, PaymentStatus.REFUNDED, paymentReference);
        try {
            return BookingNumberRetry.recording(() -> {
                transactions.executeWithoutResult(tx -> bookings.recordRefunded(refunded));
                return bookings.forReservation(holdId).orElseThrow();
            });
        } catch (DuplicateKeyException e) {
            // Another delivery of the same notice recorded it first.
            return bookings.forReservation(holdId).orElseThrow(() -> e);
        }
    }

    /**
     * Releases a hold whose payment page closed unpaid (the provider's notice): like the holder's
     * release, without the token. A hold confirmed or ended meanwhile is left alone.
     */
    public void releaseUnpaid(UUID holdId) {
        StoredHold hold = find(holdId);
        transactions.executeWithoutResult(tx -> {
            if (holds.release(holdId, clock.instant())) {
                sessions.returnSeats(hold.sessionId(), hold.partySize());
                announcements.ended(hold, HoldStatus.RELEASED);
            }
        });
    }

    private StoredHold find(UUID holdId) {
        return holds.find(holdId).orElseThrow(() -> DomainException.notFound("Hold"));
    }
}
