package io.slotwise.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.slotwise.server.system.SlotwiseProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per client address (see {@link LoginThrottle} for wrong passwords), kept in memory for ten
 * minutes after their last use. Time comes from the server's clock, so tests can refill them.
 * With several server instances each instance counts on its own: the limits are per instance.
 */
@Component
public class RateLimits {

    /** What a request spends. Writes (holds above all) are scarcer than reads. */
    public enum Kind {
        READ,
        WRITE,
        LOGIN
    }

    private final SlotwiseProperties.RateLimit config;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();

    RateLimits(SlotwiseProperties properties, Clock clock) {
        this.config = properties.rateLimit();
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                var now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** Spends one token for the address; empty if allowed, else the seconds to wait. */
    public OptionalLong spend(Kind kind, String address) {
        int perMinute = switch (kind) {
            case READ -> config.readsPerMinute();
            case WRITE -> config.holdsPerMinute();
            case LOGIN -> config.loginsPerMinute();
        };
        return spend(kind + "|" + address, perMinute, Duration.ofMinutes(1));
    }

    private OptionalLong spend(String key, int capacity, Duration period) {
        if (!config.enabled()) {
            return OptionalLong.empty();
        }
        Bucket bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .withCustomTimePrecision(time)
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return OptionalLong.of(seconds);
    }
}
