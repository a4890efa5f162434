package io.slotwise.server.payment;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingStatus;
import io.slotwise.common.api.PaymentStatus;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.reservation.PaidHolds;
import io.slotwise.server.reservation.PaidHold;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What money arriving (or not) means for a hold. Paid in time: the hold becomes a booking marked
 * paid. Paid late: the seats are taken again if they are free, otherwise the money goes back
 * at once and a cancelled, refunded booking records it; nothing is ever oversold. Paid for a
 * hold that staff had already booked another way: the online payment is refunded. Paid a
 * different amount than the hold costs: nothing is booked, the money goes back, the places are
 * released and staff see the payment among the mismatches.
 */
@Service
class PaymentSettlement {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentSettlement.class);

    private final PaidHolds holds;
    private final BookingService bookings;
    private final CheckoutStore store;
    private final PaymentGateway gateway;
    private final PaymentMismatches mismatches;

    private final PaymentMetrics metrics;
    private final PaymentRefunds refunds;

    PaymentSettlement(PaidHolds holds, BookingService bookings, CheckoutStore store, PaymentGateway gateway,
            PaymentMismatches mismatches, PaymentMetrics metrics, PaymentRefunds refunds) {
        this.refunds = refunds;
        this.metrics = metrics;
        this.mismatches = mismatches;
        this.holds = holds;
        this.bookings = bookings;
        this.store = store;
        this.gateway = gateway;
    }

    void paid(String checkoutId, UUID holdId, String customerName, String paymentReference, long amount) {
        long expected = holds.amountOf(holdId);
        if (amount != expected) {
            mismatched(checkoutId, holdId, paymentReference, expected, amount);
            return;
        }
        store.mark(checkoutId, "COMPLETE");
        PaidHold outcome = holds.settlePayment(holdId, customerName, paymentReference);
        Booking booking = outcome.booking().orElseGet(() -> {
            // Recorded before the money goes back, so that a repeated notice cannot book the places
            // again for money already refunded.
            Booking recorded = holds.recordRefundedPayment(holdId, paymentReference);
            metrics.failed(PaymentMetrics.Failure.PAID_TOO_LATE);
            LOG.info("Payment {} came after the places of hold {} were gone; refunding, booking {} marked so",
                    paymentReference, holdId, recorded.bookingNumber());
            return recorded;
        });
        boolean paidByThis = bookings.paymentReference(booking.id()).filter(paymentReference::equals).isPresent();
        if (paidByThis && booking.status() == BookingStatus.CANCELLED && booking.paymentStatus() == PaymentStatus.REFUNDED) {
            // Idempotency key per payment: repeated notices refund once.
            gateway.refund(paymentReference, amount, "refund-late-" + paymentReference);
        } else if (!paidByThis && booking.paymentStatus() == PaymentStatus.NONE) {
            // Staff booked it at the desk meanwhile: the customer must not pay twice.
            gateway.refund(paymentReference, amount, "refund-double-" + paymentReference);
            LOG.info("Booking {} was confirmed before its online payment {} arrived; that payment was refunded",
                    booking.bookingNumber(), paymentReference);
        }
    }

    /**
     * Recorded for staff first, so that a repeated notice finds it; the refund's idempotency key
     * makes a repeated notice refund once.
     */
    private void mismatched(String checkoutId, UUID holdId, String paymentReference, long expected, long received) {
        LOG.warn("Payment {} for hold {} was {} but the hold costs {}: refunded, not booked", paymentReference, holdId, received,
                expected);
        mismatches.record(checkoutId, holdId, paymentReference, expected, received);
        metrics.failed(PaymentMetrics.Failure.AMOUNT_MISMATCH);
        store.mark(checkoutId, "MISMATCH");
        gateway.refund(paymentReference, received, "refund-mismatch-" + paymentReference);
        holds.releaseUnpaid(holdId);
    }

    void unpaid(String checkoutId, UUID holdId) {
        store.mark(checkoutId, "EXPIRED");
        holds.releaseUnpaid(holdId);
    }

    void refunded(String paymentReference, long refundedAmount) {
        if (paymentReference == null) {
            return;
        }
        bookings.byPaymentReference(paymentReference).ifPresent(b -> refunds.providerRefunded(b, refundedAmount));
    }
}
