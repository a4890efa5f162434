package io.slotwise.kiosk.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Time left on a hold. The hold ends at the server's {@code expiresAt}, so the clock given here
 * must be the kiosk's clock aligned with the server's ({@code SlotwiseClient#clockFollowingServer}):
 * this machine's own clock may be off.
 */
public final class HoldCountdown {

    private final Clock clock;
    private final Instant expiresAt;

    public HoldCountdown(Clock serverClock, Instant expiresAt) {
        this.clock = serverClock;
        this.expiresAt = expiresAt;
    }

    public Duration left() {
        Duration left = Duration.between(clock.instant(), expiresAt);
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
