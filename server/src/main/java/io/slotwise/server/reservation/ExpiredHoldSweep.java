package io.slotwise.server.reservation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Gives the seats of abandoned holds back on a schedule (every minute by default). */
@Component
class ExpiredHoldSweep {

    private static final Logger log = LoggerFactory.getLogger(ExpiredHoldSweep.class);

    private final HoldService holds;

    ExpiredHoldSweep(HoldService holds) {
        this.holds = holds;
    }

    @Scheduled(cron = "${slotwise.jobs.release-expired-cron:0 * * * * *}")
    @SchedulerLock(name = "release-expired-holds", lockAtMostFor = "PT5M")
    void sweep() {
        int released = holds.releaseExpired();
        if (released > 0) {
            log.info("Released {} expired holds", released);
        }
    }
}
