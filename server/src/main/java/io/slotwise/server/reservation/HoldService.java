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
import io.slotwise.server.booking.NewBooking;
import io.slotwise.server.booking.TicketText;
import io.slotwise.server.session.SessionService;
import io.slotwise.server.session.SessionTerms;
import io.slotwise.server.system.Languages;
import io.slotwise.server.system.Secrets;
import io.slotwise.server.system.SlotwiseProperties;
import io.slotwise.server.system.Sql;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hold lifecycle: {@code reserve_slot}, read, release, {@code confirm_reservation} and
 * {@code release_expired_reservations} (holds paid through the payment provider: {@link PaidHolds}). Each use case is one short transaction; seats move only
 * through {@link SessionService}'s conditional updates, in the same transaction as the hold's
 * own state change, which keeps {@code capacity_remaining} equal to capacity minus live holds
 * and bookings under any interleaving.
 */
@Service
public class HoldService {

    private static final int SWEEP_BATCH = 500;
    private static final Pattern PHONE = Pattern.compile("[0-9+()./ -]{3,50}");

    private final HoldStore holds;
    private final HoldTokens tokens;
    private final HoldBatcher batcher;
    private final SessionService sessions;
    private final BookingService bookings;
    private final TransactionTemplate transactions;
    private final HoldAnnouncements announcements;
    private final SlotwiseProperties properties;
    private final Clock clock;
    private final HoldMetrics metrics;

    HoldService(HoldStore holds, HoldTokens tokens, HoldBatcher batcher, SessionService sessions, BookingService bookings,
            TransactionTemplate transactions, HoldAnnouncements announcements, SlotwiseProperties properties, Clock clock,
            HoldMetrics metrics) {
        this.announcements = announcements;
        this.holds = holds;
        this.tokens = tokens;
        this.batcher = batcher;
        this.sessions = sessions;
        this.bookings = bookings;
        this.transactions = transactions;
        this.properties = properties;
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
            Hold hold = decide(request, idempotencyKey, fromVenue);
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

    private Hold decide(HoldRequest request, String idempotencyKey, BiPredicate<UUID, UUID> fromVenue) {
        HoldRules.validate(request, idempotencyKey);
        String email = request.email().trim();
        if (idempotencyKey != null) {
            var earlier = holds.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), request, idempotencyKey);
            }
        }
        SessionTerms terms = bookableTerms(request.sessionId(), request.partySize());
        if (terms.paymentMode() == PaymentMode.PREPAY && !properties.payments().stripe().configured()
                && !fromVenue.test(terms.venueId(), terms.organizationId())) {
            throw new DomainException(ErrorCode.PAYMENT_UNAVAILABLE,
                    "Online payment is not available here, so this activity can't be booked online; please contact the venue");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        String token = tokens.issue(id, idempotencyKey);
        HoldPrice.Priced priced = HoldRules.price(terms, request);
        StoredHold hold = new StoredHold(id, terms.sessionId(), request.partySize(), email, HoldStatus.HELD,
                priced.amount(), terms.currency(), Secrets.sha256(token), idempotencyKey,
                now, now.plus(properties.holdDuration()), Languages.supported(request.locale()).orElse(null),
                TicketText.write(priced.tickets()));
        // Holds of a shared session are decided together (a shared room's lock taken once per
        // batch); a private room goes to one party, so its holds are decided one by one.
        if (idempotencyKey == null && !terms.selling().isPrivate()) {
            switch (batcher.hold(hold, terms.venueId())) {
                case HELD -> {
                    return view(hold, terms, token, null);
                }
                case INSUFFICIENT_CAPACITY -> throw HoldRules.insufficientCapacity();
                case NOT_BOOKABLE -> throw HoldRules.notBookable();
                case RESOURCE_BUSY -> throw HoldRules.resourceBusy();
                case SESSION_GONE -> throw DomainException.notFound("Session");
                case RETRY_ALONE -> {
                    // fall through to a transaction of its own
                }
            }
        }
        boolean taken;
        try {
            // The hold row goes in first: the session row, which every hold of this session
            // contends for, is then locked only for the one UPDATE and the commit.
            taken = Boolean.TRUE.equals(transactions.execute(tx -> {
                holds.insert(hold);
                if (!sessions.tryTakeSeats(terms.sessionId(), request.partySize())) {
                    tx.setRollbackOnly();
                    return false;
                }
                announcements.changed(terms.venueId(), hold, HoldStatus.HELD);
                return true;
            }));
        } catch (DuplicateKeyException e) {
            if (idempotencyKey != null && Sql.violates(e, "idempotency")) {
                // A concurrent attempt with the same key won the insert; its hold is the answer.
                return replay(holds.findByIdempotencyKey(idempotencyKey).orElseThrow(), request, idempotencyKey);
            }
            throw e;
        } catch (DataIntegrityViolationException sessionRemovedMeanwhile) {
            throw DomainException.notFound("Session");
        }
        if (!taken) {
            throw refusal(request.sessionId());
        }
        return view(hold, terms, token, null);
    }

    /** The hold as its holder sees it; a wrong token gets the same answer as a missing hold. */
    public Hold read(UUID holdId, String holdToken) {
        StoredHold hold = ownedHold(holdId, holdToken);
        SessionTerms terms = sessions.terms(hold.sessionId()).orElseThrow();
        String bookingNumber = hold.status() == HoldStatus.CONFIRMED
                ? bookings.forReservation(holdId).map(Booking::bookingNumber).orElse(null)
                : null;
        return view(hold, terms, null, bookingNumber);
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

    /** The holder confirms a pay-at-venue hold; prepaid holds need payment (or staff). */
    public Booking confirmByHolder(UUID holdId, String holdToken, ConfirmRequest request) {
        StoredHold hold = ownedHold(holdId, holdToken);
        SessionTerms terms = sessions.terms(hold.sessionId()).orElseThrow();
        if (terms.paymentMode() == PaymentMode.PREPAY) {
            throw new DomainException(ErrorCode.PAYMENT_REQUIRED, "This activity is paid online before it is booked");
        }
        return confirm(hold, terms, request, PaymentMethod.PAY_AT_VENUE, null, HoldMetrics.Channel.WEB);
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
        SessionTerms terms = sessions.terms(hold.sessionId()).orElseThrow();
        return confirm(hold, terms, request, method, reference, byKiosk ? HoldMetrics.Channel.KIOSK : HoldMetrics.Channel.DESK);
    }

    /** A hold as staff see it (never with its token). */
    public Hold staffView(UUID holdId) {
        StoredHold hold = holds.find(holdId).orElseThrow(() -> DomainException.notFound("Hold"));
        SessionTerms terms = sessions.terms(hold.sessionId()).orElseThrow();
        String bookingNumber = hold.status() == HoldStatus.CONFIRMED
                ? bookings.forReservation(holdId).map(Booking::bookingNumber).orElse(null) : null;
        return view(hold, terms, null, bookingNumber);
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
        NewBooking booking = new NewBooking(hold.id(), terms.venueId(), hold.sessionId(), customer, hold.partySize(), hold.amount(),
                hold.currency(), method, PaymentStatus.NONE, reference).inLanguage(hold.locale()).withTickets(hold.tickets());
        Boolean confirmed = BookingNumberRetry.recording(() -> transactions.execute(tx -> {
            if (!holds.confirm(hold.id(), clock.instant())) {
                return false;
            }
            bookings.record(booking);
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

    private SessionTerms bookableTerms(UUID sessionId, int partySize) {
        SessionTerms terms = sessions.termsForHold(sessionId).filter(SessionTerms::activityActive)
                .orElseThrow(() -> DomainException.notFound("Session"));
        if (partySize < terms.minPartySize() || partySize > terms.maxPartySize()) {
            throw DomainException.invalid("partySize", "must be between " + terms.minPartySize() + " and "
                    + terms.maxPartySize() + " for this activity");
        }
        if (!terms.bookableAt(clock.instant())) {
            throw HoldRules.notBookable();
        }
        return terms;
    }

    /** Why seats could not be taken: the session stopped being bookable, or it is too full. */
    private DomainException refusal(UUID sessionId) {
        SessionTerms now = sessions.terms(sessionId).orElse(null);
        if (now == null) {
            return DomainException.notFound("Session");
        }
        if (!now.bookableAt(clock.instant())) {
            return HoldRules.notBookable();
        }
        if (sessions.resourceBusy(sessionId)) {
            return HoldRules.resourceBusy();
        }
        if (now.selling().isPrivate()) {
            return new DomainException(ErrorCode.INSUFFICIENT_CAPACITY, "This session is already booked privately by another party");
        }
        return HoldRules.insufficientCapacity();
    }

    private Hold replay(StoredHold earlier, HoldRequest request, String idempotencyKey) {
        boolean sameRequest = earlier.sessionId().equals(request.sessionId())
                && earlier.partySize() == request.partySize()
                && earlier.email().equalsIgnoreCase(request.email().trim());
        if (!sameRequest) {
            throw new DomainException(ErrorCode.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different hold request");
        }
        SessionTerms terms = sessions.terms(earlier.sessionId()).orElseThrow();
        String bookingNumber = earlier.status() == HoldStatus.CONFIRMED
                ? bookings.forReservation(earlier.id()).map(Booking::bookingNumber).orElse(null) : null;
        return view(earlier, terms, tokens.issue(earlier.id(), idempotencyKey), bookingNumber);
    }

    private Hold view(StoredHold hold, SessionTerms terms, String token, String bookingNumber) {
        return new Hold(hold.id(), hold.sessionId(), hold.partySize(), hold.effectiveStatus(clock.instant()),
                hold.expiresAt().atZone(terms.zone()).toOffsetDateTime(), token, hold.amount(), hold.currency(),
                bookingNumber, TicketText.read(hold.tickets()));
    }

}
