package io.slotwise.kiosk.flow;

import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The places held for the customer: the hold, its ten-minute countdown, and the request on its
 * way with its Idempotency-Key, so that a retry or a second tap can never hold twice.
 */
final class HoldStep {

    private final KioskBackend backend;
    private final Executor background;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Hold> hold = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper countdown = new ReadOnlyStringWrapper("");
    private HoldCountdown timer;
    private HoldRequest request;
    private String key;

    HoldStep(KioskBackend backend, Executor background, Clock clock) {
        this.backend = backend;
        this.background = background;
        this.clock = clock;
    }

    /** The key to send {@code next} with: the same request again keeps its key, a new one gets a new key. */
    String keyFor(HoldRequest next) {
        if (!next.equals(request)) {
            request = next;
            key = UUID.randomUUID().toString();
        }
        return key;
    }

    /** The server held the places: the countdown starts. */
    void took(Hold made) {
        request = null;
        hold.set(made);
        timer = new HoldCountdown(clock, made.expiresAt().toInstant());
        countdown.set(timer.text());
    }

    /** A gift card paid part of the hold: its new amounts, with the token the first answer gave (later ones have none). */
    void paidBy(Hold now) {
        Hold before = hold.get();
        hold.set(new Hold(now.id(), now.sessionId(), now.partySize(), now.status(), now.expiresAt(), before.holdToken(), now.amount(),
                now.currency(), now.bookingNumber(), now.tickets(), now.discount(), now.giftCardAmount(), now.amountDue(), now.promoCode()));
    }

    /** The request was refused: a later try is a new request. */
    void forgetRequest() {
        request = null;
    }

    Hold current() {
        return hold.get();
    }

    HoldCountdown timer() {
        return timer;
    }

    void timer(HoldCountdown next) {
        timer = next;
    }

    /** Shows the time left now. */
    void showTimeLeft() {
        countdown.set(timer.text());
    }

    /** The hold became a booking: nothing is held any more. */
    void booked() {
        hold.set(null);
        timer = null;
    }

    /** Gives the places back (if any are held) and forgets the hold. */
    void release() {
        Hold held = hold.get();
        booked();
        if (held != null) {
            releaseQuietly(held);
        }
    }

    /** The server's expiry sweep is the backstop if this does not get through. */
    void releaseQuietly(Hold held) {
        background.execute(() -> {
            try {
                backend.release(held);
            } catch (RuntimeException ignored) {
                // Released by the sweep when its time is up.
            }
        });
    }

    /** Starting over: nothing held, nothing on its way. */
    void clear() {
        hold.set(null);
        request = null;
        timer = null;
        countdown.set("");
    }

    ReadOnlyObjectProperty<Hold> holdProperty() {
        return hold.getReadOnlyProperty();
    }

    ReadOnlyStringProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }
}
