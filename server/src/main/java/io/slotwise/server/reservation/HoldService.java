package io.slotwise.server.reservation;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.HoldStatus;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.PaymentStatus;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.giftcard.GiftCardHolds;
import io.slotwise.server.promotion.PromoCodeUses;
import io.slotwise.server.session.SessionService;
import io.slotwise.server.session.SessionTerms;
import io.slotwise.server.system.Secrets;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hold lifecycle: {@code reserve_slot} ({@link HoldPlacement}), read, release, {@code confirm_reservation} and
 * {@code release_expired_reservations} (holds paid through the payment provider: {@link PaidHolds}). Each use case is one short transaction; seats move only
 * through {@link SessionService}'s conditional updates, in the same transaction as the hold's
 * own state change, which keeps {@code capacity_remaining} equal to capacity minus live holds
 * and bookings under any interleaving.
 */
@Service
public class HoldService {

    private static final int SWEEP_BATCH = 500;
    private static final Pattern PHONE = Pattern.compile("[0-9+()./ -]{3,50}");

    private final HoldPlacement placement;
    private final HoldStore holds;
    private final SessionService sessions;
    private final BookingService bookings;
    private final TransactionTemplate transactions;
    private final HoldAnnouncements announcements;
    private final Clock clock;
    private final HoldMetrics metrics;
    private final PromoCodeUses promoCodes;
    private final GiftCardHolds giftCards;

    HoldService(HoldPlacement placement, HoldStore holds, SessionService sessions, BookingService bookings,
            TransactionTemplate transactions, HoldAnnouncements announcements, Clock clock, HoldMetrics metrics,
            PromoCodeUses promoCodes, GiftCardHolds giftCards) {
        this.placement = placement;
        this.giftCards = giftCards;
        this.promoCodes = promoCodes;
        this.announcements = announcements;
        this.holds = holds;
        this.sessions = sessions;
        this.bookings = bookings;
        this.transactions = transactions;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Holds seats for a party. Concurrent holds of one session share a transaction
     * ({@link HoldBatcher}). With an {@code idempotencyKey}, the hold takes a transaction of its
     * own, and a retry of the same request returns the hold the first attempt made (token
     * included) instead of holding more seats.
     */
    public Hold hold(HoldRequest request, String idempotencyKey) {
        return hold(request, idempotencyKey, (venue, organization) -> true);
    }

    /**
     * A hold through the public API. {@code fromVenue} tells whether the caller is the venue itself
     * (given the venue's and its organization's ids): a kiosk or the desk takes money in person,
     * anyone else can pay a prepaid activity only online, so without online payment here their
     * hold is refused ({@code PAYMENT_UNAVAILABLE}) before any seat is taken.
     */
    public Hold hold(HoldRequest request, String idempotencyKey, BiPredicate<UUID, UUID> fromVenue) {
        try {
            Hold hold = placement.place(request, idempotencyKey, fromVenue);
            metrics.held();
            return hold;
        } catch (DomainException refused) {
            metrics.refused(refused.code());
            throw refused;
        } catch (RuntimeException e) {
            metrics.failed();
            throw e;
        }
    }

    /** The hold as its holder sees it; a wrong token gets the same answer as a missing hold. */
    public Hold read(UUID holdId, String holdToken) {
        StoredHold hold = ownedHold(holdId, holdToken);
        SessionTerms terms = sessions.terms(hold.sessionId()).orElseThrow();
        String bookingNumber = hold.status() == HoldStatus.CONFIRMED
                ? bookings.forReservation(holdId).map(Booking::bookingNumber).orElse(null)
                : null;
        return hold.view(terms, null, bookingNumber, clock.instant());
    }

    /** Ends a hold now and gives its seats back. Releasing an ended hold again changes nothing. */
    public void release(UUID holdId, String holdToken) {
        StoredHold hold = ownedHold(holdId, holdToken);
        boolean released = Boolean.TRUE.equals(transactions.execute(tx -> {
            if (!holds.release(holdId, clock.instant())) {
                return false;
            }
            sessions.returnSeats(hold.sessionId(), hold.partySize());
            announcements.ended(hold, HoldStatus.RELEASED);
            return true;
        }));
        if (!released) {
            StoredHold now = holds.find(holdId).orElseThrow();
            var state = HoldTransitions.State.of(now.status(), now.expiresAt(), clock.instant());
            if (HoldTransitions.judge(state, HoldTransitions.Move.RELEASE) instanceof HoldTransitions.Verdict.Refused refused) {
                throw new DomainException(refused.code(), refused.why());
            }
        }
    }

    /**
     * The holder confirms a pay-at-venue hold, or a prepaid one with nothing left to pay (a gift
     * card or a promo code paid it all); other prepaid holds need payment (or staff).
     */
    public Booking confirmByHolder(UUID holdId, String holdToken, ConfirmRequest request) {
        StoredHold hold = ownedHold(holdId, holdToken);
        SessionTerms terms = sessions.terms(hold.sessionId()).orElseThrow();
        if (terms.paymentMode() == PaymentMode.PREPAY && hold.amountDue() > 0) {
            throw new DomainException(ErrorCode.PAYMENT_REQUIRED, "This activity is paid online before it is booked");
        }
        // A prepaid hold gets here only with nothing left to pay: given away by its promo code, unless a gift card paid.
        PaymentMethod method = terms.paymentMode() == PaymentMode.PREPAY ? PaymentMethod.COMPLIMENTARY : PaymentMethod.PAY_AT_VENUE;
        return confirm(hold, terms, request, method, null, HoldMetrics.Channel.WEB);
    }

    /**
     * Staff (or the venue's kiosk) confirm any hold of their venue, saying how it was paid.
     * Online payments are recorded by the payment provider's notice only. A kiosk books what its
     * card terminal took, with the terminal's reference; cash and complimentary bookings are
     * decisions for staff ({@code FORBIDDEN} for a kiosk).
     */
    public Booking confirmByStaff(UUID holdId, ConfirmRequest request, boolean byKiosk) {
        PaymentMethod method = request == null || request.paymentMethod() == null
                ? PaymentMethod.PAY_AT_VENUE : request.paymentMethod();
        String reference = request == null || request.paymentReference() == null || request.paymentReference().isBlank()
                ? null : request.paymentReference().trim();
        Violations v = new Violations();
        if (method == PaymentMethod.ONLINE) {
            v.add("paymentMethod", "ONLINE is recorded when the payment provider reports the payment");
        }
        v.maxLength("paymentReference", reference, 100);
        v.throwIfAny();
        if (byKiosk && (method != PaymentMethod.CARD || reference == null)) {
            throw new DomainException(ErrorCode.FORBIDDEN,
                    "A kiosk books card payments with the terminal's reference; other payments are for the front desk");
        }
        StoredHold hold = holds.find(holdId).orElseThrow(() -> DomainException.notFound("Hold"));
        if (method == PaymentMethod.GIFT_CARD && hold.amountDue() > 0) {
            throw DomainException.invalid("paymentMethod", "a gift card pays only part of this hold; say how the rest was paid");
        }
        SessionTerms terms = sessions.terms(hold.sessionId()).orElseThrow();
        return confirm(hold, terms, request, method, reference, byKiosk ? HoldMetrics.Channel.KIOSK : HoldMetrics.Channel.DESK);
    }

    /** A hold as staff see it (never with its token). */
    public Hold staffView(UUID holdId) {
        StoredHold hold = holds.find(holdId).orElseThrow(() -> DomainException.notFound("Hold"));
        SessionTerms terms = sessions.terms(hold.sessionId()).orElseThrow();
        String bookingNumber = hold.status() == HoldStatus.CONFIRMED
                ? bookings.forReservation(holdId).map(Booking::bookingNumber).orElse(null) : null;
        return hold.view(terms, null, bookingNumber, clock.instant());
    }

    /** The venue of a hold, for authorization checks of staff and kiosk actions on it. */
    public UUID venueOf(UUID holdId) {
        StoredHold hold = holds.find(holdId).orElseThrow(() -> DomainException.notFound("Hold"));
        return sessions.terms(hold.sessionId()).orElseThrow().venueId();
    }

    /**
     * {@code release_expired_reservations}: ends every hold whose time ran out and gives its
     * seats back. One short transaction per hold, so a sweep never holds many session rows at
     * once; a confirmation racing a hold's expiry wins or loses on that hold's row.
     */
    public int releaseExpired() {
        int released = 0;
        while (true) {
            Instant now = clock.instant();
            var batch = holds.expiredBatch(now, SWEEP_BATCH);
            for (StoredHold hold : batch) {
                if (Boolean.TRUE.equals(transactions.execute(tx -> {
                    if (!holds.expire(hold.id(), now)) {
                        return false;
                    }
                    sessions.returnSeats(hold.sessionId(), hold.partySize());
                    announcements.ended(hold, HoldStatus.EXPIRED);
                    return true;
                }))) {
                    released++;
                }
            }
            if (batch.size() < SWEEP_BATCH) {
                return released;
            }
        }
    }

    private Booking confirm(StoredHold hold, SessionTerms terms, ConfirmRequest request, PaymentMethod method, String reference,
            HoldMetrics.Channel channel) {
        String name = request == null ? null : request.customerName();
        String phone = request == null || request.phone() == null || request.phone().isBlank()
                ? null : request.phone().trim();
        Violations v = new Violations();
        if (v.required("customerName", name)) {
            v.maxLength("customerName", name, 200);
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            v.add("phone", "must be a phone number");
        }
        v.throwIfAny();
        var already = settled(hold.id());
        if (already != null) {
            return already;
        }
        UUID customer = bookings.customerFor(terms.organizationId(), hold.email(), name.trim(), phone);
        Boolean confirmed = BookingNumberRetry.recording(() -> transactions.execute(tx -> {
            Instant now = clock.instant();
            if (!holds.confirm(hold.id(), now)) {
                return false;
            }
            // Read again under the row's lock: a gift card applied since the first read is on it now.
            StoredHold locked = holds.find(hold.id()).orElseThrow();
            promoCodes.confirmed(hold.id(), now);
            giftCards.confirmed(hold.id(), now);
            bookings.record(locked.booking(terms, customer, method, PaymentStatus.NONE, reference));
            announcements.changed(terms.venueId(), hold, HoldStatus.CONFIRMED);
            metrics.booked(channel);
            return true;
        }));
        if (Boolean.TRUE.equals(confirmed)) {
            return bookings.forReservation(hold.id()).orElseThrow();
        }
        Booking racedWinner = settled(hold.id());
        if (racedWinner != null) {
            return racedWinner;
        }
        throw new IllegalStateException("Hold " + hold.id() + " neither confirmed nor ended");
    }

    /**
     * For a hold that can no longer be confirmed: its booking if it was confirmed (so a retried
     * confirmation gets the same booking), else the reason as an exception. Null while it is live.
     */
    private Booking settled(UUID holdId) {
        StoredHold now = holds.find(holdId).orElseThrow();
        var state = HoldTransitions.State.of(now.status(), now.expiresAt(), clock.instant());
        HoldTransitions.Verdict verdict = HoldTransitions.judge(state, HoldTransitions.Move.CONFIRM);
        if (verdict instanceof HoldTransitions.Verdict.Refused refused) {
            throw new DomainException(refused.code(), refused.why());
        }
        return verdict instanceof HoldTransitions.Verdict.AlreadyDone ? bookings.forReservation(holdId).orElseThrow() : null;
    }

    private StoredHold ownedHold(UUID holdId, String holdToken) {
        StoredHold hold = holds.find(holdId).orElseThrow(() -> DomainException.notFound("Hold"));
        if (!Secrets.matches(holdToken, hold.tokenHash())) {
            throw DomainException.notFound("Hold");
        }
        return hold;
    }

}
