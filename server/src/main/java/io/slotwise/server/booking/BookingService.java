package io.slotwise.server.booking;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingStatus;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.PaymentStatus;
import io.slotwise.common.api.VenueEvent;
import io.slotwise.server.events.VenueEvents;
import io.slotwise.server.promotion.PromoCodeUses;
import io.slotwise.server.session.SessionService;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bookings and customers: recording a booking for a confirmed hold, search, cancellation (which
 * gives the seats back), check-in and the upcoming list.
 */
@Service
public class BookingService {


    private final JdbcClient jdbc;
    private final SessionService sessions;
    private final VenueService venues;
    private final BookingNumbers numbers = new BookingNumbers();
    private final VenueEvents events;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transaction;
    private final BookingViews views;
    private final ManageTokens manageTokens;
    private final PromoCodeUses promoCodes;

    BookingService(JdbcClient jdbc, SessionService sessions, VenueService venues, VenueEvents events, Clock clock,
            ApplicationEventPublisher publisher, PlatformTransactionManager transactions, BookingViews views,
            ManageTokens manageTokens, PromoCodeUses promoCodes) {
        this.promoCodes = promoCodes;
        this.views = views;
        this.manageTokens = manageTokens;
        this.publisher = publisher;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.venues = venues;
        this.clock = clock;
    }

    /**
     * The organization's customer with this email, created if new; a given name or phone
     * replaces the stored one. Runs outside the booking's transaction: a customer racing into
     * existence from two confirmations is settled by the unique constraint, not by an aborted
     * booking.
     */
    public UUID customerFor(UUID organizationId, String email, String name, String phone) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        Optional<UUID> existing = findCustomer(organizationId, normalized);
        if (existing.isPresent()) {
            jdbc.sql("""
                    UPDATE customers SET name = COALESCE(:name, name), phone = COALESCE(:phone, phone)
                    WHERE id = :id""")
                    .param("name", name)
                    .param("phone", phone)
                    .param("id", existing.get())
                    .update();
            return existing.get();
        }
        try {
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO customers (id, organization_id, email, name, phone, created_at)
                    VALUES (:id, :org, :email, :name, :phone, :now)""")
                    .param("id", id)
                    .param("org", organizationId)
                    .param("email", normalized)
                    .param("name", name)
                    .param("phone", phone)
                    .param("now", ts(clock.instant()))
                    .update();
            return id;
        } catch (DuplicateKeyException createdByAConcurrentConfirmation) {
            return findCustomer(organizationId, normalized).orElseThrow();
        }
    }

    private Optional<UUID> findCustomer(UUID organizationId, String email) {
        return jdbc.sql("SELECT id FROM customers WHERE organization_id = :org AND email = :email")
                .param("org", organizationId)
                .param("email", email)
                .query(UUID.class)
                .optional();
    }

    /**
     * Records the booking of a hold that the caller's transaction has just confirmed. A booking
     * number collision surfaces as {@link DuplicateKeyException}; the caller retries the whole
     * transaction with a fresh number.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID record(NewBooking booking) {
        return insert(booking, "CONFIRMED");
    }

    /**
     * Records a booking whose money arrived too late for its places: it is cancelled from the
     * start and marked refunded, so the customer, the desk and the books all see what happened.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID recordRefunded(NewBooking booking) {
        return insert(booking, "CANCELLED");
    }

    private UUID insert(NewBooking booking, String status) {
        UUID id = UUID.randomUUID();
        String number = numbers.next();
        boolean cancelled = status.equals("CANCELLED");
        jdbc.sql("""
                INSERT INTO bookings (id, booking_number, reservation_id, session_id, customer_id, party_size,
                                      total_amount, currency, status, payment_method, created_at, cancelled_at,
                                      payment_status, payment_reference, refunded_amount, locale, manage_token_hash, tickets,
                                      discount, gift_card_amount)
                VALUES (:id, :number, :reservation, :session, :customer, :party, :total, :currency, :status,
                        :method, :now, :cancelledAt, :paymentStatus, :reference, :refunded, :locale, :manageToken, :tickets,
                        :discount, :giftCard)""")
                .param("id", id)
                .param("number", number)
                .param("reservation", booking.reservationId())
                .param("session", booking.sessionId())
                .param("customer", booking.customerId())
                .param("party", booking.partySize())
                .param("total", booking.totalAmount())
                .param("currency", booking.currency())
                .param("status", status)
                .param("method", booking.paymentMethod().name())
                .param("now", ts(clock.instant()))
                .param("cancelledAt", cancelled ? ts(clock.instant()) : null)
                .param("paymentStatus", cancelled ? PaymentStatus.REFUNDED.name() : booking.paymentStatus().name())
                .param("reference", booking.paymentReference())
                .param("refunded", cancelled ? booking.totalAmount() : 0L)
                .param("locale", booking.locale())
                .param("tickets", booking.tickets())
                .param("discount", booking.discount())
                .param("giftCard", booking.giftCardAmount())
                .param("manageToken", manageTokens.hashFor(id))
                .update();
        publisher.publishEvent(cancelled ? new LatePaymentRefunded(id, booking.venueId(), booking.locale())
                : new BookingConfirmed(id, booking.venueId(), booking.locale()));
        events.bookingChanged(booking.venueId(), new VenueEvent.BookingChanged(id, number, booking.sessionId(),
                cancelled ? VenueEvent.BookingChanged.CANCELLED : VenueEvent.BookingChanged.CONFIRMED));
        return id;
    }

    /** Records money refunded for a booking (by the desk, a cancellation or the provider's notice); never less than before. */
    @Transactional
    public void refunded(UUID bookingId, long refundedAmount) {
        Booking booking = get(bookingId);
        long total = Math.min(refundedAmount, booking.totalAmount());
        if (total <= booking.refundedAmount()) {
            return;
        }
        PaymentStatus status = total >= booking.totalAmount() ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        jdbc.sql("UPDATE bookings SET refunded_amount = :amount, payment_status = :status WHERE id = :id AND refunded_amount < :amount")
                .param("amount", total)
                .param("status", status.name())
                .param("id", bookingId)
                .update();
    }

    /** The booking, or {@code NOT_FOUND}. */
    public Booking get(UUID bookingId) {
        return views.get(bookingId);
    }

    /**
     * Moves a confirmed booking whose party has not arrived from one session to another; false
     * when it is no longer so (cancelled, checked in or moved meanwhile). Joins the caller's
     * transaction, which takes the new session's seats and gives the old ones back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean move(UUID bookingId, UUID from, UUID to) {
        Booking before = get(bookingId);
        int moved = jdbc.sql("""
                UPDATE bookings SET session_id = :to
                WHERE id = :id AND session_id = :from AND status = 'CONFIRMED' AND checked_in_at IS NULL""")
                .param("to", to).param("id", bookingId).param("from", from).update();
        if (moved == 1) {
            announce(before, VenueEvent.BookingChanged.RESCHEDULED);
            publisher.publishEvent(new BookingRescheduled(bookingId, from, to));
        }
        return moved == 1;
    }

    /** The booking with this number, if there is one. */
    public Optional<Booking> byNumber(String bookingNumber) {
        return views.byNumber(bookingNumber);
    }

    /** Whether {@code token} is the booking's manage token; takes the same time whatever it is. */
    public boolean manageTokenMatches(UUID bookingId, String token) {
        String stored = jdbc.sql("SELECT manage_token_hash FROM bookings WHERE id = :id").param("id", bookingId)
                .query(String.class).optional().orElse(null);
        return stored != null && io.slotwise.server.system.Secrets.matches(token, stored);
    }

    /** The language the customer booked in, if they chose one. */
    public Optional<String> language(UUID bookingId) {
        return jdbc.sql("SELECT locale FROM bookings WHERE id = :id").param("id", bookingId).query(String.class).optional();
    }

    /** Confirmed bookings whose sessions start in {@code [from, to)}, across all venues. */
    public List<Booking> confirmedStartingBetween(java.time.Instant from, java.time.Instant to) {
        return views.confirmedStartingBetween(from, to);
    }

    /** The booking paid with this provider reference, if any. */
    public Optional<Booking> byPaymentReference(String reference) {
        return views.byPaymentReference(reference);
    }

    /** The booking a hold became, if it became one. */
    public Optional<Booking> forReservation(UUID reservationId) {
        return views.forReservation(reservationId);
    }

    /** Demo data only: records that the booking was made at {@code createdAt}, as a real week's bookings would be. */
    @Transactional
    public void backdate(UUID bookingId, java.time.Instant createdAt) {
        jdbc.sql("UPDATE bookings SET created_at = :created WHERE id = :id")
                .param("created", ts(createdAt)).param("id", bookingId).update();
    }

    /** The provider's reference of the payment for a booking, if it was paid online. */
    @Transactional(readOnly = true)
    public Optional<String> paymentReference(UUID bookingId) {
        return jdbc.sql("SELECT payment_reference FROM bookings WHERE id = :id").param("id", bookingId)
                .query(String.class).optional();
    }

    /**
     * Cancels a booking and gives its seats back: only a confirmed booking whose party has not
     * checked in. Cancelling a cancelled booking changes nothing; any other state, or losing a race
     * to a check-in, is {@code BOOKING_NOT_CHANGEABLE}. The booking is answered as it is once the
     * reactions to the cancellation (a refund under the activity's policy) have run after the commit.
     */
    public Booking cancel(UUID bookingId) {
        transaction.executeWithoutResult(status -> cancelInTransaction(bookingId));
        return get(bookingId);
    }

    private void cancelInTransaction(UUID bookingId) {
        Booking booking = get(bookingId);
        if (settled(booking, BookingTransitions.Move.CANCEL)) {
            return;
        }
        Instant now = clock.instant();
        // The conditional update first: it locks the row, so a racing check-in waits and then finds it cancelled.
        int cancelled = jdbc.sql("""
                UPDATE bookings SET status = 'CANCELLED', cancelled_at = :now
                WHERE id = :id AND status = 'CONFIRMED' AND checked_in_at IS NULL""")
                .param("now", ts(now))
                .param("id", bookingId)
                .update();
        if (cancelled == 0) {
            if (get(bookingId).status() == BookingStatus.CANCELLED) {
                return; // cancelled meanwhile by another request: the same outcome
            }
            throw notChangeable("The party checked in meanwhile; refund the booking instead");
        }
        sessions.returnSeats(booking.sessionId(), booking.partySize());
        promoCodes.bookingCancelled(booking.reservationId(), now);
        events.sessionChanged(booking.sessionId());
        announce(booking, VenueEvent.BookingChanged.CANCELLED);
        // Recorded with this transaction; the refund runs after the commit and is retried until done.
        publisher.publishEvent(new BookingCancelled(bookingId, now));
    }

    private static DomainException notChangeable(String why) {
        return new DomainException(ErrorCode.BOOKING_NOT_CHANGEABLE, why);
    }

    /**
     * Judges a move before it is tried: true when the booking already is as the move would make
     * it, an exception when the move is not allowed from its state, false when it may go ahead.
     */
    private boolean settled(Booking booking, BookingTransitions.Move move) {
        var verdict = BookingTransitions.judge(BookingTransitions.State.of(booking, clock.instant()), move);
        if (verdict instanceof BookingTransitions.Verdict.Refused refused) {
            throw notChangeable(refused.why());
        }
        return verdict instanceof BookingTransitions.Verdict.AlreadyDone;
    }

    /** Records that the party arrived; checking in twice keeps the first time. */
    @Transactional
    public Booking checkIn(UUID bookingId) {
        Booking booking = get(bookingId);
        if (settled(booking, BookingTransitions.Move.CHECK_IN)) {
            return booking; // checked in already: the first time stays
        }
        // A party marked a no-show that turns up late after all is simply checked in.
        int checkedIn = jdbc.sql("""
                UPDATE bookings SET checked_in_at = :now, no_show_at = NULL
                WHERE id = :id AND status = 'CONFIRMED' AND checked_in_at IS NULL""")
                .param("now", ts(clock.instant()))
                .param("id", bookingId)
                .update();
        if (checkedIn == 1) {
            announce(booking, VenueEvent.BookingChanged.CHECKED_IN);
            publisher.publishEvent(new BookingMarked(bookingId, VenueEvent.BookingChanged.CHECKED_IN));
            return get(bookingId);
        }
        Booking now = get(bookingId);
        if (now.status() == BookingStatus.CANCELLED) {
            throw notChangeable("The booking was cancelled meanwhile");
        }
        return now; // checked in already: the first time stays
    }

    /**
     * Records that the party never came. Only once the session has started (before that they may
     * still come) and not for a party that checked in or a cancelled booking; marking twice keeps
     * the first time. The seats stay sold: the session is over for them either way.
     */
    @Transactional
    public Booking markNoShow(UUID bookingId) {
        Booking booking = get(bookingId);
        if (settled(booking, BookingTransitions.Move.NO_SHOW)) {
            return booking; // marked already: the first time stays
        }
        int marked = jdbc.sql("""
                UPDATE bookings SET no_show_at = :now
                WHERE id = :id AND status = 'CONFIRMED' AND no_show_at IS NULL AND checked_in_at IS NULL""")
                .param("now", ts(clock.instant()))
                .param("id", bookingId)
                .update();
        if (marked == 1) {
            announce(booking, VenueEvent.BookingChanged.NO_SHOW);
            publisher.publishEvent(new BookingMarked(bookingId, VenueEvent.BookingChanged.NO_SHOW));
            return get(bookingId);
        }
        Booking now = get(bookingId);
        if (now.status() == BookingStatus.CANCELLED || now.checkedInAt() != null) {
            throw notChangeable(now.checkedInAt() != null ? "The party checked in meanwhile" : "The booking was cancelled meanwhile");
        }
        return now; // marked already: the first time stays
    }

    private void announce(Booking booking, String change) {
        events.bookingChanged(booking.venueId(),
                new VenueEvent.BookingChanged(booking.id(), booking.bookingNumber(), booking.sessionId(), change));
    }
}
