package io.slotwise.common.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * This machine's clock moved by how far the server's clock is ahead of it, so that "now" on a
 * desk or kiosk is the server's now: a hold's countdown ends when the server ends the hold, and
 * "today" at the venue turns over when the server's does. The offset is read on every call, so
 * the clock sharpens as the client learns more (see {@link SlotwiseClient#serverClockAhead()}).
 */
public final class ServerAlignedClock extends Clock {

    private final Clock local;
    private final Supplier<Duration> serverAhead;

    /** {@code serverAhead}: how far the server's clock is ahead of {@code local} (negative if behind). */
    public ServerAlignedClock(Clock local, Supplier<Duration> serverAhead) {
        this.local = Objects.requireNonNull(local);
        this.serverAhead = Objects.requireNonNull(serverAhead);
    }

    @Override
    public ZoneId getZone() {
        return local.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ServerAlignedClock(local.withZone(zone), serverAhead);
    }

    @Override
    public Instant instant() {
        return local.instant().plus(serverAhead.get());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }
}
