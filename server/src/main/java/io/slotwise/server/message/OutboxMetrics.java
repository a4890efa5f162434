package io.slotwise.server.message;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox as Prometheus sees it, per channel ({@code email}, {@code webhook}):
 * {@code slotwise_outbox_backlog} (messages waiting to be sent), {@code slotwise_outbox_oldest_age_seconds}
 * (how long the oldest of them has waited) and {@code slotwise_outbox_failed} (given up after
 * every retry, for staff to look at). Read from the shared database, at most every few seconds
 * however often it is scraped, so every instance reports the same.
 */
@Component
class OutboxMetrics {

    private static final long REFRESH_NANOS = 5_000_000_000L;

    private record Row(String channel, String status, long count, Timestamp oldest) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile List<Row> rows = List.of();
    private volatile long readAt = System.nanoTime() - REFRESH_NANOS;

    OutboxMetrics(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        for (String channel : List.of("EMAIL", "WEBHOOK")) {
            String tag = channel.toLowerCase(Locale.ROOT);
            Gauge.builder("slotwise.outbox.backlog", this, m -> m.count(channel, "PENDING")).tag("channel", tag)
                    .description("Messages waiting to be sent").register(meters);
            Gauge.builder("slotwise.outbox.oldest.age", this, m -> m.oldestAgeSeconds(channel)).tag("channel", tag)
                    .baseUnit("seconds").description("How long the oldest waiting message has waited").register(meters);
            Gauge.builder("slotwise.outbox.failed", this, m -> m.count(channel, "FAILED")).tag("channel", tag)
                    .description("Messages given up after every retry").register(meters);
        }
    }

    private double count(String channel, String status) {
        return current().stream().filter(r -> r.channel().equals(channel) && r.status().equals(status))
                .mapToLong(Row::count).sum();
    }

    private double oldestAgeSeconds(String channel) {
        return current().stream().filter(r -> r.channel().equals(channel) && r.status().equals("PENDING") && r.oldest() != null)
                .mapToDouble(r -> Math.max(0, clock.millis() - r.oldest().getTime()) / 1000.0).max().orElse(0);
    }

    private List<Row> current() {
        if (System.nanoTime() - readAt >= REFRESH_NANOS) {
            try {
                rows = jdbc.sql("""
                        SELECT channel, status, COUNT(*) AS n, MIN(created_at) AS oldest FROM messages
                        WHERE status IN ('PENDING', 'FAILED') GROUP BY channel, status""")
                        .query((rs, n) -> new Row(rs.getString("channel"), rs.getString("status"), rs.getLong("n"),
                                rs.getTimestamp("oldest")))
                        .list();
            } catch (RuntimeException databaseDown) {
                // Keeps the last numbers; the health endpoint says the database is down.
            }
            readAt = System.nanoTime();
        }
        return rows;
    }
}
