package io.slotwise.server.payment;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.PaymentStatus;
import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.booking.BookingCancelled;
import io.slotwise.server.web.DomainException;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Money back for paid bookings: on cancellation as the activity's policy says (in full until
 * its refund deadline, nothing after), or whenever the desk decides to refund.
 */
@Service
public class PaymentRefunds {

    private final BookingService bookings;
    private final ActivityService activities;
    private final PaymentGateway gateway;

    /** Writes after a cancellation's commit need a transaction of their own. */
    private final TransactionTemplate ownTransaction;

    PaymentRefunds(BookingService bookings, ActivityService activities, PaymentGateway gateway,
            PlatformTransactionManager transactions) {
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
            String reference = reference(booking);
            gateway.refund(reference, booking.totalAmount() - booking.refundedAmount(), "refund-cancel-" + booking.id());
            ownTransaction.executeWithoutResult(status -> bookings.refunded(booking.id(), booking.totalAmount()));
        }
    }

    /**
     * What a cancellation at {@code cancelledAt} gives back under the activity's policy: the rest
     * of an online payment until the refund deadline, nothing after (or when nothing was paid online).
     */
    public long refundDue(Booking booking, java.time.Instant cancelledAt) {
        if (!refundable(booking)) {
            return 0; // nothing paid online, or refunded already (by an earlier try or the desk)
        }
        RefundPolicy policy = new RefundPolicy(activities.get(booking.activityId()).refundHoursBefore());
        return policy.refundsAt(cancelledAt, booking.startTime().toInstant()) ? booking.totalAmount() - booking.refundedAmount() : 0;
    }

    /** The last instant at which cancelling the booking still refunds it under its activity's policy. */
    public java.time.Instant refundDeadline(Booking booking) {
        return new RefundPolicy(activities.get(booking.activityId()).refundHoursBefore()).deadline(booking.startTime().toInstant());
    }

    /** The desk refunds what is left of a booking's online payment, whatever the policy says. */
    public Booking refund(UUID bookingId) {
        Booking booking = bookings.get(bookingId);
        if (!refundable(booking)) {
            throw new DomainException(ErrorCode.BOOKING_NOT_CHANGEABLE, "Nothing paid online is left to refund for this booking");
        }
        refundRest(booking, "refund-desk-" + booking.id() + "-" + booking.refundedAmount());
        return bookings.get(bookingId);
    }

    private void refundRest(Booking booking, String idempotencyKey) {
        gateway.refund(reference(booking), booking.totalAmount() - booking.refundedAmount(), idempotencyKey);
        bookings.refunded(booking.id(), booking.totalAmount());
    }

    private String reference(Booking booking) {
        return bookings.paymentReference(booking.id())
                .orElseThrow(() -> new IllegalStateException("Paid booking " + booking.id() + " has no payment reference"));
    }

    private static boolean refundable(Booking booking) {
        return (booking.paymentStatus() == PaymentStatus.PAID || booking.paymentStatus() == PaymentStatus.PARTIALLY_REFUNDED)
                && booking.refundedAmount() < booking.totalAmount();
    }
}
