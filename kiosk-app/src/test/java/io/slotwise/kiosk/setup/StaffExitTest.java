package io.slotwise.kiosk.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class StaffExitTest {

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2027-03-10T09:00:00Z"));
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    final AtomicInteger exits = new AtomicInteger();
    final StaffExit exit = new StaffExit(PinHash.of("4711"), clock, exits::incrementAndGet);

    private void tap(int times, Duration apart) {
        for (int i = 0; i < times; i++) {
            exit.cornerTapped();
            now.set(now.get().plus(apart));
        }
    }

    @Test
    void fiveQuickTapsOnTheCornerAskForThePin() {
        tap(4, Duration.ofMillis(300));
        assertThat(exit.askingProperty().get()).isFalse();
        tap(1, Duration.ZERO);

        assertThat(exit.askingProperty().get()).isTrue();
    }

    @Test
    void slowTapsAreJustACustomerTouchingTheScreen() {
        tap(10, Duration.ofSeconds(1));

        assertThat(exit.askingProperty().get()).isFalse();
    }

    @Test
    void theRightPinLeavesKioskMode() {
        tap(5, Duration.ofMillis(100));

        exit.enter("4711");

        assertThat(exits).hasValue(1);
        assertThat(exit.askingProperty().get()).isFalse();
    }

    @Test
    void wrongPinsLockThePadForAMinuteEvenForTheRightPin() {
        tap(5, Duration.ofMillis(100));
        exit.enter("0000");
        assertThat(exit.messageProperty().get()).isEqualTo("That PIN is not right.");
        exit.enter("1111");
        exit.enter("2222");

        exit.enter("4711");
        assertThat(exits).hasValue(0);
        assertThat(exit.messageProperty().get()).contains("Too many wrong PINs");

        now.set(now.get().plus(StaffExit.LOCKOUT));
        exit.enter("4711");
        assertThat(exits).hasValue(1);
    }

    @Test
    void thePinIsKeptOnlyAsASaltedHash() {
        String first = PinHash.of("4711");
        String second = PinHash.of("4711");

        assertThat(first).doesNotContain("4711").isNotEqualTo(second);
        assertThat(PinHash.matches("4711", second)).isTrue();
        assertThat(PinHash.matches("4712", second)).isFalse();
        assertThat(PinHash.matches("4711", "damaged")).isFalse();
        assertThat(PinHash.acceptable("123")).isFalse();
        assertThat(PinHash.acceptable("12a4")).isFalse();
        assertThat(PinHash.acceptable("1234")).isTrue();
    }
}
