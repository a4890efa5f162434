package io.slotwise.server.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.RemoteBucketBuilder;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rate-limit buckets kept in PostgreSQL (Bucket4j's PostgreSQL backend, table
 * {@code rate_limit_buckets}), so that every instance on the database spends from the same
 * bucket: a client spreading requests over instances behind a load balancer gets no more than
 * from one. On H2 (one instance) they are not needed and {@link #enabled()} is false.
 *
 * <p>Holds and logins are decided on the database each time: exact. Reads, far more frequent and
 * cheap, are counted here and written through every {@value #READS_UNSYNCED} reads or every
 * second, whichever comes first: a reader may get a few more than the limit before all
 * instances know, but a read never waits for the database.
 */
@Component
class SharedBuckets {

    static final int READS_UNSYNCED = 20;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    SharedBuckets(DataSource dataSource, Clock clock) throws SQLException {
        this.buckets = postgres(dataSource) ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // A bucket left full for a minute is no different from none: its row may go.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .clientClock(time(clock))
                .build() : null;
    }

    boolean enabled() {
        return buckets != null;
    }

    Bucket bucket(String key, BucketConfiguration limit, boolean approximate) {
        RemoteBucketBuilder<String> builder = buckets.builder();
        if (approximate) {
            builder = builder.withOptimization(Optimizations.delaying(new DelayParameters(READS_UNSYNCED, Duration.ofSeconds(1))));
        }
        return builder.build(key, () -> limit);
    }

    /** Rows of buckets that have been full again for a while. Once across instances. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @SchedulerLock(name = "rate-limit-cleanup", lockAtMostFor = "PT5M")
    void removeExpired() {
        if (buckets != null) {
            while (buckets.removeExpired(1000) == 1000) {
                // more to remove
            }
        }
    }

    /** Bucket time from the server's clock (tests refill buckets by moving it). */
    static TimeMeter time(Clock clock) {
        return new TimeMeter() {
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

    private static boolean postgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }
}
