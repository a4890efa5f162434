package io.slotwise.server.payment;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.PaymentStatus;
import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.booking.CancellationRefunds;
import io.slotwise.server.web.DomainException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Money back for paid bookings: on cancellation as the activity's policy says (in full until
 * its refund deadline, nothing after), or whenever the desk decides to refund.
 */
@Service
public class PaymentRefunds implements CancellationRefunds {

    private final BookingService bookings;
    private final ActivityService activities;
    private final PaymentGateway gateway;
    private final Clock clock;

    PaymentRefunds(BookingService bookings, ActivityService activities, PaymentGateway gateway, Clock clock) {
        this.bookings = bookings;
        this.activities = activities;
        this.gateway = gateway;
        this.clock = clock;
    }

    @Override
    public void beforeCancel(Booking booking) {
        if (!refundable(booking)) {
            return;
        }
        RefundPolicy policy = new RefundPolicy(activities.get(booking.activityId()).getRefundHoursBefore());
        if (policy.refundsAt(clock.instant(), booking.startTime().toInstant())) {
            refundRest(booking, "refund-cancel-" + booking.id());
        }
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
        String reference = bookings.paymentReference(booking.id())
                .orElseThrow(() -> new IllegalStateException("Paid booking " + booking.id() + " has no payment reference"));
        long rest = booking.totalAmount() - booking.refundedAmount();
        gateway.refund(reference, rest, idempotencyKey);
        bookings.refunded(booking.id(), booking.totalAmount());
    }

    private static boolean refundable(Booking booking) {
        return (booking.paymentStatus() == PaymentStatus.PAID || booking.paymentStatus() == PaymentStatus.PARTIALLY_REFUNDED)
                && booking.refundedAmount() < booking.totalAmount();
    }
}
