package io.slotwise.kiosk.flow;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.PublicActivity;
import io.slotwise.kiosk.payment.PaymentTerminal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Paying for the places held: by card at the kiosk's terminal (then confirmed as this kiosk,
 * retried until it gets through, never charged twice), at the front desk, or online on the
 * customer's phone (both then waited for: staff or the payment provider confirm the hold).
 */
public final class Payments {

    /** A card payment is started only with this much of the hold left: tapping and approving take a few seconds. */
    static final Duration CARD_NEEDS = Duration.ofSeconds(10);
    /** While waiting at the desk or on a phone, the hold is also read this often, in case an event was missed. */
    static final Duration DESK_CHECK = Duration.ofSeconds(15);

    private final KioskFlow flow;
    private final HoldStep holding;
    private final KioskBackend backend;
    private final ServerCalls calls;
    private final Clock clock;
    final ReadOnlyBooleanWrapper charging = new ReadOnlyBooleanWrapper(false);
    /** Money was taken here and the booking is not finished: no other way to pay, and no cancelling. */
    final ReadOnlyBooleanWrapper paidHere = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyStringWrapper phonePage = new ReadOnlyStringWrapper("");
    final ReadOnlyObjectWrapper<Booking> booking = new ReadOnlyObjectWrapper<>();
    /** Set once the terminal approved: from then on only the confirmation is retried, never the charge. */
    private PaymentMethod paidWith;
    /** The terminal's reference of that payment, sent with the confirmation. */
    private String paidReference;
    private Instant lastCheck;

    Payments(KioskFlow flow, HoldStep holding, KioskBackend backend, ServerCalls calls, Clock clock) {
        this.holding = holding;
        this.flow = flow;
        this.backend = backend;
        this.calls = calls;
        this.clock = clock;
    }

    /** The booking paid here (or confirmed at the desk or online), once there is one. */
    public ReadOnlyObjectProperty<Booking> bookingProperty() {
        return booking.getReadOnlyProperty();
    }

    /** The payment page's address while the customer pays on their phone. */
    public ReadOnlyStringProperty phonePaymentProperty() {
        return phonePage.getReadOnlyProperty();
    }

    /** Money was taken here and the booking is being finished: nothing else may be chosen meanwhile. */
    public ReadOnlyBooleanProperty paidHereProperty() {
        return paidHere.getReadOnlyProperty();
    }

    /** The card terminal is taking a payment. */
    public ReadOnlyBooleanProperty chargingProperty() {
        return charging.getReadOnlyProperty();
    }

    /** Money was taken (or is being taken): the booking must be finished before anything else. */
    boolean moneyMoving() {
        return paidWith != null || charging.get();
    }

    boolean paid() {
        return paidWith != null;
    }

    /** Pays through the terminal, then confirms the booking as this kiosk. */
    void pay(PaymentTerminal terminal) {
        Hold held = holding.current();
        if (held == null || charging.get() || calls.busyProperty().get()) {
            return;
        }
        if (paidWith != null) {
            confirmPaid(held);
            return;
        }
        HoldCountdown timer = holding.timer();
        if (timer != null && timer.left().compareTo(CARD_NEEDS) < 0) {
            // A payment approved after the hold ran out would be taken for places that are gone.
            flow.notice(Notice.of(Notice.Kind.TOO_LATE_FOR_CARD));
            return;
        }
        charging.set(true);
        flow.notice(Notice.NONE);
        terminal.charge(held.amountDue(), held.currency(), held.id().toString()).thenAccept(result -> calls.onUi(() -> {
            charging.set(false);
            if (holding.current() != held) {
                return; // cancelled or expired while the terminal was busy
            }
            if (!result.approved()) {
                flow.notice(new Notice(Notice.Kind.CARD_DECLINED, result.message()));
                return;
            }
            paidWith = terminal.method();
            paidReference = result.reference();
            paidHere.set(true);
            confirmPaid(held);
        }));
    }

    private void confirmPaid(Hold held) {
        calls.run(() -> backend.confirm(held, new ConfirmRequest(flow.customerName(), null, paidWith, paidReference)), confirmed -> {
            booking.set(confirmed);
            flow.booked(confirmed.bookingNumber());
        });
    }

    /** The customer pays at the front desk: the hold joins the desk's queue and waits for staff to confirm it. */
    void atDesk() {
        Hold held = holding.current();
        if (held == null || moneyMoving()) {
            return;
        }
        calls.run(() -> backend.sendToDesk(held, flow.customerName()), queued -> {
            if (holding.current() == held) {
                lastCheck = clock.instant();
                flow.show(Screen.DESK);
            }
        });
    }

    /**
     * The customer pays online on their phone: the kiosk shows the payment page as a QR code and
     * waits, like at the desk, for the booking to appear (Stripe tells the server, the server the kiosk).
     */
    void onPhone() {
        Hold held = holding.current();
        PublicActivity chosen = flow.choice().activityProperty().get();
        if (held == null || moneyMoving() || chosen == null || !chosen.onlinePayment()) {
            return;
        }
        calls.run(() -> backend.checkout(held), page -> {
            if (holding.current() == held) {
                phonePage.set(page.url());
                lastCheck = clock.instant();
                flow.show(Screen.PHONE);
            }
        });
    }

    /** While paid away from the kiosk: reads the hold now and then, in case an event was missed. */
    void checkNowAndThen() {
        if (!calls.busyProperty().get() && lastCheck != null && Duration.between(lastCheck, clock.instant()).compareTo(DESK_CHECK) >= 0) {
            check();
        }
    }

    /** Reads the hold being paid at the desk or on a phone: it may be booked by now. */
    void check() {
        Hold held = holding.current();
        if (held == null) {
            return;
        }
        lastCheck = clock.instant();
        calls.run(() -> backend.read(held), this::follow);
    }

    /** Brings the kiosk in line with the hold as the server has it now. */
    private void follow(Hold now) {
        Hold held = holding.current();
        if (held == null || !held.id().equals(now.id())) {
            return;
        }
        switch (now.status()) {
            case CONFIRMED -> flow.booked(now.bookingNumber());
            case HELD -> holding.timer(new HoldCountdown(clock, now.expiresAt().toInstant()));
            default -> flow.expired(held);
        }
    }

    /** The hold ended one way or another: nothing is being paid any more. */
    void settled() {
        paidWith = null;
        paidReference = null;
        paidHere.set(false);
    }

    void reset() {
        settled();
        charging.set(false);
        booking.set(null);
        phonePage.set("");
        lastCheck = null;
    }
}
