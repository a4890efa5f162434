package io.slotwise.server.reservation;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.HoldStatus;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.booking.TicketText;
import io.slotwise.server.promotion.PromoCodeUses;
import io.slotwise.server.session.SessionService;
import io.slotwise.server.session.SessionTerms;
import io.slotwise.server.system.Languages;
import io.slotwise.server.system.Secrets;
import io.slotwise.server.system.SlotwiseProperties;
import io.slotwise.server.system.Sql;
import io.slotwise.server.web.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code reserve_slot}: decides a new hold. The request is checked, the price and any promo code's
 * discount fixed, then the seats taken: together with other holds of the session
 * ({@link HoldBatcher}), or in a transaction of its own (a private room, a retry-safe request with
 * an Idempotency-Key, a promo code, whose use is taken after the seats). A retry of the same
 * request answers the hold the first attempt made.
 */
@Component
class HoldPlacement {

    private final HoldStore holds;
    private final HoldTokens tokens;
    private final HoldBatcher batcher;
    private final SessionService sessions;
    private final BookingService bookings;
    private final TransactionTemplate transactions;
    private final HoldAnnouncements announcements;
    private final SlotwiseProperties properties;
    private final Clock clock;
    private final PromoCodeUses promoCodes;

    HoldPlacement(HoldStore holds, HoldTokens tokens, HoldBatcher batcher, SessionService sessions, BookingService bookings,
            TransactionTemplate transactions, HoldAnnouncements announcements, SlotwiseProperties properties, Clock clock,
            PromoCodeUses promoCodes) {
        this.holds = holds;
        this.tokens = tokens;
        this.batcher = batcher;
        this.sessions = sessions;
        this.bookings = bookings;
        this.transactions = transactions;
        this.announcements = announcements;
        this.properties = properties;
        this.clock = clock;
        this.promoCodes = promoCodes;
    }

    Hold place(HoldRequest request, String idempotencyKey, BiPredicate<UUID, UUID> fromVenue) {
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
        PromoCodeUses.Quote promo = request.promoCode() == null || request.promoCode().isBlank() ? null
                : promoCodes.quote(terms.venueId(), terms.activityId(), LocalDate.ofInstant(now, terms.zone()), request.promoCode(),
                        priced.amount());
        StoredHold hold = new StoredHold(id, terms.sessionId(), request.partySize(), email, HoldStatus.HELD,
                priced.amount(), terms.currency(), Secrets.sha256(token), idempotencyKey,
                now, now.plus(properties.holdDuration()), Languages.supported(request.locale()).orElse(null),
                TicketText.write(priced.tickets()), promo == null ? 0 : promo.discount(), promo == null ? null : promo.code());
        // Holds of a shared session are decided together (a shared room's lock taken once per
        // batch); a private room goes to one party, so its holds are decided one by one, as are
        // holds with a promo code (each takes one of the code's uses, or is refused alone).
        if (idempotencyKey == null && promo == null && !terms.selling().isPrivate()) {
            switch (batcher.hold(hold, terms.venueId())) {
                case HELD -> {
                    return hold.view(terms, token, null, clock.instant());
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
                if (promo != null) {
                    promoCodes.take(promo, id, email, now); // after the seats, as they go back: see PromoCodeUses
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
        return hold.view(terms, token, null, clock.instant());
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
        return earlier.view(terms, tokens.issue(earlier.id(), idempotencyKey), bookingNumber, clock.instant());
    }
}
