package io.slotwise.kiosk.setup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The way out of kiosk mode, for staff only: five quick taps on the screen's top-left corner
 * open a PIN pad; the right PIN runs {@code exit}. Wrong PINs lock the pad for a while, so a
 * curious customer cannot try them all.
 */
public final class StaffExit {

    static final int TAPS = 5;
    static final Duration TAP_WINDOW = Duration.ofSeconds(3);
    static final int ATTEMPTS = 3;
    static final Duration LOCKOUT = Duration.ofMinutes(1);

    private final String pinHash;
    private final Clock clock;
    private final Runnable exit;
    private final Deque<Instant> taps = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int wrong;
    private Instant lockedUntil = Instant.MIN;

    public StaffExit(String pinHash, Clock clock, Runnable exit) {
        this.pinHash = pinHash;
        this.clock = clock;
        this.exit = exit;
    }

    /** A tap on the hidden corner. */
    public void cornerTapped() {
        Instant now = clock.instant();
        taps.addLast(now);
        while (Duration.between(taps.peekFirst(), now).compareTo(TAP_WINDOW) > 0) {
            taps.removeFirst();
        }
        if (taps.size() >= TAPS) {
            taps.clear();
            message.set("");
            asking.set(true);
        }
    }

    public void enter(String pin) {
        Instant now = clock.instant();
        if (now.isBefore(lockedUntil)) {
            message.set("Too many wrong PINs. Try again in a minute.");
            return;
        }
        if (PinHash.matches(pin, pinHash)) {
            wrong = 0;
            asking.set(false);
            exit.run();
            return;
        }
        wrong++;
        if (wrong >= ATTEMPTS) {
            wrong = 0;
            lockedUntil = now.plus(LOCKOUT);
            message.set("Too many wrong PINs. Try again in a minute.");
        } else {
            message.set("That PIN is not right.");
        }
    }

    public void dismiss() {
        asking.set(false);
        message.set("");
    }

    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
