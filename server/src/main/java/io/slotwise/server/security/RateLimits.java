package io.slotwise.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.slotwise.server.system.SlotwiseProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per client address (see {@code login.LoginThrottle} for wrong
 * passwords). Where they live is {@link SharedBuckets}' choice: in the shared PostgreSQL
 * database, so that every instance counts against the same limit, or in this instance's memory
 * on H2. Time comes from the server's clock, so tests can refill them.
 */
@Component
public class RateLimits {

    /** What a request spends. Writes (holds above all) are scarcer than reads. */
    public enum Kind {
        READ,
        WRITE,
        LOGIN,
        /** A promo code or gift card code tried: few, so that codes cannot be guessed by trying many. */
        CODE
    }

    private final SlotwiseProperties.RateLimit config;
    private final TimeMeter time;
    private final SharedBuckets shared;
    /** The buckets in use here: in memory, or this instance's proxies of the shared ones. */
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();

    RateLimits(SlotwiseProperties properties, Clock clock, SharedBuckets shared) {
        this.config = properties.rateLimit();
        this.shared = shared;
        this.time = SharedBuckets.time(clock);
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** Spends one token for the address; empty if allowed, else the seconds to wait. */
    public OptionalLong spend(Kind kind, String address) {
        if (!config.enabled()) {
            return OptionalLong.empty();
        }
        int perMinute = switch (kind) {
            case READ -> config.readsPerMinute();
            case WRITE -> config.holdsPerMinute();
            case LOGIN -> config.loginsPerMinute();
            case CODE -> config.codesPerMinute();
        };
        BucketConfiguration limit = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
        String key = kind + "|" + address;
        Bucket bucket = buckets.get(key, k -> shared.enabled()
                ? shared.bucket(k, limit, kind == Kind.READ)
                : Bucket.builder().addLimit(limit.getBandwidths()[0]).withCustomTimePrecision(time).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return OptionalLong.of(seconds);
    }
}
