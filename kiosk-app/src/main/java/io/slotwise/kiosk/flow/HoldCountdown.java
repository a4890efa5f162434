package io.slotwise.kiosk.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Time left on a hold by the server's clock: the hold ends at the server's {@code expiresAt}, and
 * this machine's clock may be off, so the difference measured when the hold was made (the
 * server's answer time against this clock) is applied to every reading.
 */
public final class HoldCountdown {

    private final Clock clock;
    private final Instant expiresAt;
    private final Duration serverAhead;

    /** {@code serverAhead}: how far the server's clock is ahead of this one (negative if behind). */
    public HoldCountdown(Clock clock, Instant expiresAt, Duration serverAhead) {
        this.clock = clock;
        this.expiresAt = expiresAt;
        this.serverAhead = serverAhead;
    }

    public Duration left() {
        Duration left = Duration.between(clock.instant().plus(serverAhead), expiresAt);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public boolean over() {
        return left().isZero();
    }

    /** "9:58": minutes and seconds, rounded up so that "0:00" means the hold is over. */
    public String text() {
        long seconds = (left().toMillis() + 999) / 1000;
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
