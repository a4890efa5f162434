package io.slotwise.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MicrosecondClockTest {

    final Clock clock = new MicrosecondClock(Clock.fixed(Instant.parse("2027-03-10T09:00:00.123456789Z"), ZoneOffset.UTC));

    @Test
    void instantsHaveMicrosecondsAsTheDatabasesKeepThem() {
        assertThat(clock.instant()).isEqualTo(Instant.parse("2027-03-10T09:00:00.123456Z"));
    }

    @Test
    void millisWorkForLibrariesThatAskForThem() {
        assertThat(clock.millis()).isEqualTo(Instant.parse("2027-03-10T09:00:00.123Z").toEpochMilli());
        assertThat(new TimeConfig().clock().millis()).isPositive();
    }
}
