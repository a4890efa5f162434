package io.slotwise.server.payment;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.booking.BookingCancelled;
import io.slotwise.server.giftcard.GiftCardHolds;
import io.slotwise.server.web.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Money back for bookings paid ahead (online, or with a gift card): on cancellation as the
 * activity's policy says (in full until its refund deadline, nothing after), or whenever the desk
 * decides to refund. Each part goes back the way it was paid.
 */
@Service
public class PaymentRefunds {

    private final BookingService bookings;
    private final ActivityService activities;
    private final PaymentGateway gateway;
    private final GiftCardHolds giftCards;
    private final Clock clock;

    /** Writes after a cancellation's commit need a transaction of their own. */
    private final TransactionTemplate ownTransaction;

    PaymentRefunds(BookingService bookings, ActivityService activities, PaymentGateway gateway, GiftCardHolds giftCards,
            Clock clock, PlatformTransactionManager transactions) {
        this.giftCards = giftCards;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.bookings = bookings;
        this.activities = activities;
        this.gateway = gateway;
    }

    /**
     * Refunds a cancelled booking as the policy stood at the moment it was cancelled. Runs after
     * the cancellation's commit; if the provider cannot be reached the publication stays unfinished
     * and is tried again (the provider's idempotency key makes a repeated try refund once).
     */
    @TransactionalEventListener
    void cancelled(BookingCancelled cancelled) {
        Booking booking = bookings.get(cancelled.bookingId());
        if (refundDue(booking, cancelled.cancelledAt()) > 0) {
            refundRest(booking, "refund-cancel-" + booking.id());
        }
    }

    /**
     * What a cancellation at {@code cancelledAt} gives back under the activity's policy: what is
     * left of the gift card's part and of an online payment until the refund deadline, nothing
     * after (or when nothing was paid ahead).
     */
    public long refundDue(Booking booking, Instant cancelledAt) {
        long rest = refundable(booking);
        if (rest <= 0) {
            return 0; // nothing paid ahead, or refunded already (by an earlier try or the desk)
        }
        RefundPolicy policy = new RefundPolicy(activities.get(booking.activityId()).refundHoursBefore());
        return policy.refundsAt(cancelledAt, booking.startTime().toInstant()) ? rest : 0;
    }

    /** The last instant at which cancelling the booking still refunds it under its activity's policy. */
    public Instant refundDeadline(Booking booking) {
        return new RefundPolicy(activities.get(booking.activityId()).refundHoursBefore()).deadline(booking.startTime().toInstant());
    }

    /** The desk refunds what is left of what was paid ahead (gift card and online), whatever the policy says. */
    public Booking refund(UUID bookingId) {
        Booking booking = bookings.get(bookingId);
        if (refundable(booking) <= 0) {
            throw new DomainException(ErrorCode.BOOKING_NOT_CHANGEABLE, "Nothing paid ahead is left to refund for this booking");
        }
        refundRest(booking, "refund-desk-" + booking.id() + "-" + booking.refundedAmount());
        return bookings.get(bookingId);
    }

    /**
     * Gives back the rest, each part the way it was paid: first the gift card's part onto the card
     * (with the booking's refunded amount, in one transaction), then the rest of an online payment
     * through the provider. A repeated try finds the card's part done and asks the provider (under
     * the same idempotency key) only for what it has not refunded.
     */
    private void refundRest(Booking booking, String idempotencyKey) {
        ownTransaction.executeWithoutResult(status -> {
            long toCard = giftCards.refund(booking.reservationId(), clock.instant());
            if (toCard > 0) {
                bookings.refunded(booking.id(), bookings.get(booking.id()).refundedAmount() + toCard);
            }
        });
        long online = paidOnline(booking);
        long toCard = giftCards.refunded(booking.reservationId());
        long onlineRefunded = bookings.get(booking.id()).refundedAmount() - toCard;
        if (online - onlineRefunded > 0) {
            gateway.refund(reference(booking), online - onlineRefunded, idempotencyKey);
            ownTransaction.executeWithoutResult(status -> bookings.refunded(booking.id(), toCard + online));
        }
    }

    /**
     * The provider reports how much of a payment it has refunded in all (perhaps from its own
     * dashboard): the booking's refunded amount is that plus what went back onto a gift card.
     */
    void providerRefunded(Booking booking, long refundedOnline) {
        bookings.refunded(booking.id(), refundedOnline + giftCards.refunded(booking.reservationId()));
    }

    private String reference(Booking booking) {
        return bookings.paymentReference(booking.id())
                .orElseThrow(() -> new IllegalStateException("Paid booking " + booking.id() + " has no payment reference"));
    }

    /** What was paid through the payment provider: what was left after the discount and the gift card. */
    private static long paidOnline(Booking booking) {
        return booking.paymentMethod() == PaymentMethod.ONLINE ? booking.amountDue() : 0;
    }

    /** What was paid ahead (gift card and online) and has not gone back yet. */
    private static long refundable(Booking booking) {
        return booking.giftCardAmount() + paidOnline(booking) - booking.refundedAmount();
    }
}
