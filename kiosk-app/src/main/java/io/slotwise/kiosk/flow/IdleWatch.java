package io.slotwise.kiosk.flow;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether the customer at the kiosk has gone: how long since their last touch, against how long
 * a customer may reasonably be quiet. Choosing a time takes seconds of thought; once places are
 * held, finding a card or asking the group takes minutes, and releasing too soon loses a sale.
 */
public final class IdleWatch {

    /** Quiet this long while choosing: ask whether they are still there. */
    public static final Duration ASK = Duration.ofSeconds(60);
    /** No answer for this long after asking while choosing: start over. */
    public static final Duration GIVE_UP = Duration.ofSeconds(20);
    /** Quiet this long with places held (the payment screen): ask. */
    public static final Duration ASK_WHILE_HELD = Duration.ofMinutes(3);
    /** No answer for this long after asking with places held: release them and start over. */
    public static final Duration GIVE_UP_WHILE_HELD = Duration.ofMinutes(1);

    /** What the kiosk should do about a quiet customer now. */
    public enum Verdict { FINE, ASK, GIVE_UP }

    private final Clock clock;
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(false);
    private Instant lastTouch;

    IdleWatch(Clock clock) {
        this.clock = clock;
    }

    /** The customer touched, typed or scrolled. */
    void touched() {
        lastTouch = clock.instant();
        asking.set(false);
    }

    /** A new customer: the quiet time starts again at the next check. */
    void forget() {
        lastTouch = null;
        asking.set(false);
    }

    /**
     * Asks "still there?" after a quiet while, and {@code giveUp} if nobody answers; never while
     * quiet is expected ({@code quietIsFine}: nobody there yet, done, or away on purpose).
     */
    void watch(boolean quietIsFine, boolean placesHeld, Runnable giveUp) {
        Verdict verdict = quietIsFine ? Verdict.FINE : check(placesHeld);
        asking.set(verdict == Verdict.ASK);
        if (verdict == Verdict.GIVE_UP) {
            giveUp.run();
        }
    }

    /** The kiosk is asking whether the customer is still there. */
    ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    Verdict check(boolean placesHeld) {
        Instant now = clock.instant();
        if (lastTouch == null) {
            lastTouch = now;
        }
        Duration quiet = Duration.between(lastTouch, now);
        Duration ask = placesHeld ? ASK_WHILE_HELD : ASK;
        Duration giveUp = placesHeld ? GIVE_UP_WHILE_HELD : GIVE_UP;
        if (quiet.compareTo(ask.plus(giveUp)) >= 0) {
            return Verdict.GIVE_UP;
        }
        return quiet.compareTo(ask) >= 0 ? Verdict.ASK : Verdict.FINE;
    }
}
