package io.slotwise.server.login;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import io.slotwise.server.system.SlotwiseProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting a stranger lock an account's owner out.
 *
 * <p>Failures are counted per client address and account. An address gets {@link #FREE_FAILURES}
 * wrong passwords for an account; after that it waits before each further try, 2 s doubling with
 * every failure up to {@link #LONGEST_WAIT}. A success clears that address's count. An account
 * under attack (more than {@link #ATTACK_FAILURES} failures from all addresses within
 * {@link #MEMORY}) gives no free failures to addresses that have failed for it: each of them waits
 * from its first failure. An address that has not failed for the account is never held back here,
 * so the owner, trying from their own desk, always gets in with the right password. (The public
 * per-address limit of login requests still applies to everyone.)
 *
 * <p>Counts live in this instance's memory for {@link #MEMORY} after the last failure.
 */
@Component
public final class LoginThrottle {

    public static final int FREE_FAILURES = 3;
    public static final int ATTACK_FAILURES = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(2);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofMinutes(30);

    /** Failures of one address for one account, and when the last one was. */
    private record Failures(int count, Instant last) {
    }

    /** Failures for one account from every address since {@code since}. */
    private record AccountFailures(int count, Instant since) {
    }

    private final Clock clock;
    private final boolean enabled;
    private final Cache<String, Failures> byAddress = Caffeine.newBuilder().expireAfterWrite(MEMORY).maximumSize(500_000).build();
    private final Cache<String, AccountFailures> byAccount = Caffeine.newBuilder().expireAfterWrite(MEMORY).maximumSize(200_000).build();

    @Autowired
    LoginThrottle(SlotwiseProperties properties, Clock clock) {
        this(clock, properties.rateLimit().enabled());
    }

    LoginThrottle(Clock clock, boolean enabled) {
        this.clock = clock;
        this.enabled = enabled;
    }

    /** How long {@code address} must still wait before trying {@code email} again; empty when it may try now. */
    Optional<Duration> waitBeforeTrying(String address, String email) {
        Failures failures = enabled ? byAddress.getIfPresent(key(address, email)) : null;
        if (failures == null) {
            return Optional.empty(); // never refused: this address has not been failing
        }
        AccountFailures account = byAccount.getIfPresent(account(email));
        boolean underAttack = account != null && account.count() > ATTACK_FAILURES;
        int free = underAttack ? 0 : FREE_FAILURES;
        if (failures.count() <= free) {
            return Optional.empty();
        }
        Duration wait = delayAfter(failures.count() - free);
        Duration left = Duration.between(clock.instant(), failures.last().plus(wait));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /** The wait after the {@code n}th failure past the free ones: 2 s, 4 s, 8 s, … up to fifteen minutes. */
    public static Duration delayAfter(int n) {
        if (n >= 20) {
            return LONGEST_WAIT;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << (n - 1));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    void failed(String address, String email) {
        Instant now = clock.instant();
        byAddress.asMap().merge(key(address, email), new Failures(1, now), (was, one) -> new Failures(was.count() + 1, now));
        byAccount.asMap().merge(account(email), new AccountFailures(1, now), (was, one) ->
                Duration.between(was.since(), now).compareTo(MEMORY) > 0 ? one : new AccountFailures(was.count() + 1, was.since()));
    }

    void succeeded(String address, String email) {
        byAddress.invalidate(key(address, email));
    }

    private static String account(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    private static String key(String address, String email) {
        return address + "|" + account(email);
    }
}
