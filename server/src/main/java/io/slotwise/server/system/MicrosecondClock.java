package io.slotwise.server.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * UTC with microsecond ticks: the precision the databases keep, so stored times read back
 * equal. Not {@code Clock.tick(…, 1 µs)}: the JDK's tick clock divides by zero in
 * {@code millis()} for ticks shorter than a millisecond, and libraries (Stripe's webhook check)
 * call {@code millis()}.
 */
final class MicrosecondClock extends Clock {

    private final Clock base;

    MicrosecondClock(Clock base) {
        this.base = base;
    }

    @Override
    public Instant instant() {
        return base.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public long millis() {
        return base.millis();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MicrosecondClock(base.withZone(zone));
    }
}
