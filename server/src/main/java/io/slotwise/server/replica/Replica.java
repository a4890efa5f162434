package io.slotwise.server.replica;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.slotwise.server.events.ChangedVenues;
import io.slotwise.server.system.SlotwiseProperties;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The read replica ({@code slotwise.datasource.replica-url}), used for a public read only once it
 * has replayed every change this instance has heard of, so that a read is never staler than the
 * event stream: when a change arrives (before its events go out) the primary's WAL position is
 * noted, and the replica answers only once it has replayed past it. A replica that is behind, down
 * or not a replica at all is not waited for: the read goes to the primary.
 *
 * <p>The primary's position is asked for lazily, once per batch of changes, by the first read that
 * comes after them; the replica's on the connection the read is about to use.
 */
@Component
class Replica implements ChangedVenues, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Replica.class);
    /** How long an unreachable replica is left alone before it is tried again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** Where the next WAL record goes: past every commit made, even one acknowledged before it was written out (asynchronous commit). */
    private static final String POSITION = "SELECT pg_current_wal_insert_lsn() - '0/0'::pg_lsn";
    private static final String REPLAYED = "SELECT pg_last_wal_replay_lsn() - '0/0'::pg_lsn";

    private final DataSource primary;
    private final HikariDataSource replica;
    private final Clock clock;
    private final Counter fromReplica;
    private final Counter behind;
    private final Counter unavailable;

    /** Changes heard so far; the position below covers those up to {@link #requiredFor}. */
    private final AtomicLong heard = new AtomicLong();
    private volatile long requiredFor = -1;
    private volatile long required;
    private volatile boolean hearing = true;
    private volatile Instant retryAt = Instant.MIN;

    Replica(SlotwiseProperties properties, DataSource primary, Clock clock, MeterRegistry meters, Environment environment) {
        // The primary itself: through the routing data source, a public read asking for the position would come back here.
        this.primary = primary instanceof ReplicaRoutingDataSource routing ? routing.getTargetDataSource() : primary;
        this.clock = clock;
        this.replica = pool(properties.datasource(), environment);
        this.fromReplica = reads(meters, "replica", "");
        this.behind = reads(meters, "primary", "behind");
        this.unavailable = reads(meters, "primary", "unavailable");
    }

    /** {@code slotwise_replica_reads_total{source, reason}}: where public reads' connections went, and why. */
    private static Counter reads(MeterRegistry meters, String source, String reason) {
        return Counter.builder("slotwise.replica.reads").description("Connections of public reads, by the server that answered them")
                .tag("source", source).tag("reason", reason).register(meters);
    }

    private static HikariDataSource pool(SlotwiseProperties.Datasource config, Environment environment) {
        if (config.replicaUrl() == null || config.replicaUrl().isBlank()) {
            return null;
        }
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("replica");
        pool.setJdbcUrl(config.replicaUrl());
        pool.setUsername(config.replicaUsername() != null ? config.replicaUsername() : environment.getProperty("spring.datasource.username"));
        pool.setPassword(config.replicaPassword() != null ? config.replicaPassword() : environment.getProperty("spring.datasource.password"));
        // Start without it and find out on first use; a replica that is down costs a read two seconds at most, then five of rest.
        pool.setInitializationFailTimeout(-1);
        pool.setConnectionTimeout(2000);
        return pool;
    }

    /** A connection to the replica when it has replayed every change heard of so far, else null (read the primary). */
    Connection connectionIfCaughtUp() {
        if (replica == null) {
            return null;
        }
        if (!hearing || clock.instant().isBefore(retryAt)) {
            unavailable.increment();
            return null;
        }
        Connection connection = null;
        try {
            long needed = required();
            connection = replica.getConnection();
            // Asked every time: it costs the replica one tiny query, and finds a replica gone before the read does.
            if (replayedBy(connection) >= needed) {
                fromReplica.increment();
                return connection;
            }
            behind.increment();
        } catch (SQLException e) {
            retryAt = clock.instant().plus(RETRY_AFTER);
            unavailable.increment();
            log.warn("Public reads go to the primary for {}: the read replica cannot be used ({})", RETRY_AFTER, e.getMessage());
        }
        close(connection);
        return null;
    }

    /** The primary's WAL position that covers every change heard so far. */
    private long required() throws SQLException {
        long heardNow = heard.get();
        if (requiredFor < heardNow) {
            synchronized (this) {
                if (requiredFor < heardNow) {
                    // Taken after the changes were heard, so past their commits (a later position only asks more).
                    required = Math.max(required, position(primary));
                    requiredFor = heardNow;
                }
            }
        }
        return required;
    }

    private static long position(DataSource primary) throws SQLException {
        try (Connection c = primary.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(POSITION)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long replayedBy(Connection replica) throws SQLException {
        try (Statement s = replica.createStatement(); ResultSet rs = s.executeQuery(REPLAYED)) {
            rs.next();
            long replayed = rs.getLong(1);
            if (rs.wasNull()) {
                throw new NotAReplica();
            }
            return replayed;
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Back to the pool or gone: nothing else to do with it.
            }
        }
    }

    @Override
    public void changed(Set<UUID> venueIds) {
        heard.incrementAndGet();
    }

    @Override
    public void hearing(boolean hearing) {
        // Changes made while the relay was down went unheard: once it is back, the replica must be past all of them.
        heard.incrementAndGet();
        this.hearing = hearing;
    }

    @Override
    public void destroy() {
        if (replica != null) {
            replica.close();
        }
    }

    /** The server named as a replica is not replaying anyone's changes: it would never catch up. */
    private static final class NotAReplica extends SQLException {

        NotAReplica() {
            super("it is not in recovery, so it replays no primary's changes");
        }
    }
}
