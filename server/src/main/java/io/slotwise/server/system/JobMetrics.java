package io.slotwise.server.system;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code slotwise_job_last_start_seconds{job}}: when each scheduled job last started on any
 * instance (seconds since the epoch, 0 for never), read from its ShedLock row, so every instance
 * reports the same and an alert can tell a job that stopped running from one that runs elsewhere.
 */
@Component
class JobMetrics {

    /** The jobs' lock names (their {@code @SchedulerLock}s). */
    static final List<String> JOBS = List.of("release-expired-holds", "generate-sessions", "customer-reminders",
            "retry-unfinished-reactions");

    JobMetrics(JdbcClient jdbc, MeterRegistry meters) {
        for (String job : JOBS) {
            Gauge.builder("slotwise.job.last.start", jdbc, db -> lastStart(db, job)).tag("job", job).baseUnit("seconds")
                    .description("When the job last started on any instance (0: never)").register(meters);
        }
    }

    private static double lastStart(JdbcClient jdbc, String job) {
        try {
            return jdbc.sql("SELECT locked_at FROM shedlock WHERE name = :name").param("name", job).query(Timestamp.class)
                    .optional().map(t -> t.getTime() / 1000.0).orElse(0.0);
        } catch (RuntimeException databaseDown) {
            return Double.NaN;
        }
    }
}
