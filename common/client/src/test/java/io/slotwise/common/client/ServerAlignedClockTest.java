package io.slotwise.common.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ServerAlignedClockTest {

    static final Instant LOCAL = Instant.parse("2027-03-10T12:50:00Z");

    @Test
    void readsTheLocalClockMovedByWhatTheServerIsAheadAtEachReading() {
        AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);
        Clock clock = new ServerAlignedClock(Clock.fixed(LOCAL, ZoneOffset.UTC), ahead::get);
        assertThat(clock.instant()).isEqualTo(LOCAL);

        ahead.set(Duration.ofMinutes(-3));

        assertThat(clock.instant()).isEqualTo(LOCAL.minus(Duration.ofMinutes(3)));
        assertThat(clock.millis()).isEqualTo(LOCAL.minus(Duration.ofMinutes(3)).toEpochMilli());
    }

    @Test
    void theVenuesDateFollowsTheServerAcrossMidnight() {
        // 23:50 at a venue eleven hours ahead by this machine's clock; the server is fifteen minutes ahead.
        Clock clock = new ServerAlignedClock(Clock.fixed(LOCAL, ZoneOffset.UTC), () -> Duration.ofMinutes(15));
        ZoneId venue = ZoneId.of("Pacific/Noumea");

        assertThat(LocalDate.now(Clock.fixed(LOCAL, venue))).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(LocalDate.now(clock.withZone(venue))).isEqualTo(LocalDate.of(2027, 3, 11));
        assertThat(clock.withZone(venue).getZone()).isEqualTo(venue);
    }
}
