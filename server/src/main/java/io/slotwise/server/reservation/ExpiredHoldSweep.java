package io.slotwise.server.reservation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives the seats of abandoned holds back on a schedule (every minute by default), on one
 * instance at a time. Its metrics: {@code slotwise_expiry_sweep_runs_total{outcome}} and
 * {@code slotwise_expiry_sweep_released_total} on the instance that ran it; when it last started
 * on any instance is {@code slotwise_job_last_start_seconds{job="release-expired-holds"}}.
 */
@Component
class ExpiredHoldSweep {

    static final String LOCK = "release-expired-holds";
    private static final Logger log = LoggerFactory.getLogger(ExpiredHoldSweep.class);

    private final HoldService holds;
    private final Counter succeeded;
    private final Counter failed;
    private final Counter released;

    ExpiredHoldSweep(HoldService holds, MeterRegistry meters) {
        this.holds = holds;
        this.succeeded = runs(meters, "success");
        this.failed = runs(meters, "failure");
        this.released = Counter.builder("slotwise.expiry.sweep.released").description("Expired holds whose seats the sweep gave back")
                .register(meters);
    }

    private static Counter runs(MeterRegistry meters, String outcome) {
        return Counter.builder("slotwise.expiry.sweep.runs").description("Expiry sweeps run on this instance, by outcome")
                .tag("outcome", outcome).register(meters);
    }

    @Scheduled(cron = "${slotwise.jobs.release-expired-cron:0 * * * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M")
    void sweep() {
        int count;
        try {
            count = holds.releaseExpired();
        } catch (RuntimeException e) {
            failed.increment();
            throw e;
        }
        succeeded.increment();
        released.increment(count);
        if (count > 0) {
            log.info("Released {} expired holds", count);
        }
    }
}
