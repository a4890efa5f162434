package io.slotwise.server.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.server.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rule of wrong passwords, on a clock the test moves: slow for a guesser, never a lock for the owner. */
class LoginThrottleTest {

    static final String ACCOUNT = "owner@venue.example";

    final MutableClock clock = new MutableClock();
    final LoginThrottle throttle = new LoginThrottle(clock, true);

    LoginThrottleTest() {
        clock.set(Instant.parse("2027-03-10T09:00:00Z"));
    }

    private void fail(String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(address, ACCOUNT);
        }
    }

    @Test
    void aFewTyposCostNothing() {
        fail("10.0.0.1", LoginThrottle.FREE_FAILURES);

        assertThat(throttle.waitBeforeTrying("10.0.0.1", ACCOUNT)).isEmpty();
    }

    @Test
    void aGuesserWaitsLongerAfterEveryFailureUpToFifteenMinutes() {
        fail("10.0.0.1", LoginThrottle.FREE_FAILURES + 1);
        assertThat(throttle.waitBeforeTrying("10.0.0.1", ACCOUNT)).hasValue(Duration.ofSeconds(2));
        fail("10.0.0.1", 1);
        assertThat(throttle.waitBeforeTrying("10.0.0.1", ACCOUNT)).hasValue(Duration.ofSeconds(4));
        fail("10.0.0.1", 5);
        assertThat(throttle.waitBeforeTrying("10.0.0.1", ACCOUNT)).hasValue(Duration.ofSeconds(128));
        fail("10.0.0.1", 30);
        assertThat(throttle.waitBeforeTrying("10.0.0.1", ACCOUNT)).hasValue(LoginThrottle.LONGEST_WAIT);

        clock.advance(LoginThrottle.LONGEST_WAIT);
        assertThat(throttle.waitBeforeTrying("10.0.0.1", ACCOUNT)).as("a delay, not a lock").isEmpty();
    }

    @Test
    void strangersFailingFromEverywhereNeverHoldBackTheOwnersAddress() {
        for (int address = 0; address < 200; address++) {
            fail("203.0.113." + address, 5);
        }

        assertThat(throttle.waitBeforeTrying("198.51.100.7", ACCOUNT)).isEmpty();
        throttle.succeeded("198.51.100.7", ACCOUNT);
        assertThat(throttle.waitBeforeTrying("203.0.113.9", ACCOUNT)).isPresent();
    }

    @Test
    void anAccountUnderAttackGivesFailingAddressesNoFreeTries() {
        fail("10.0.0.2", 1);
        assertThat(throttle.waitBeforeTrying("10.0.0.2", ACCOUNT)).isEmpty();
        for (int address = 0; address < LoginThrottle.ATTACK_FAILURES; address++) {
            fail("203.0.113." + address, 1);
        }

        assertThat(throttle.waitBeforeTrying("10.0.0.2", ACCOUNT)).hasValue(Duration.ofSeconds(2));
        assertThat(throttle.waitBeforeTrying("10.0.0.3", ACCOUNT)).as("an address that never failed").isEmpty();
    }

    @Test
    void aSuccessClearsTheAddressAndOtherAccountsAreUntouched() {
        fail("10.0.0.1", 10);

        assertThat(throttle.waitBeforeTrying("10.0.0.1", "other@venue.example")).isEmpty();
        throttle.succeeded("10.0.0.1", ACCOUNT);
        assertThat(throttle.waitBeforeTrying("10.0.0.1", ACCOUNT)).isEmpty();
    }

    @Test
    void emailsAreOneAccountWhateverTheirCase() {
        fail("10.0.0.1", 4);

        assertThat(throttle.waitBeforeTrying("10.0.0.1", " OWNER@Venue.example ")).isPresent();
    }
}
