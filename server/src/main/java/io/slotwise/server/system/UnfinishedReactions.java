package io.slotwise.server.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries again, once a minute and on one instance at a time, every reaction between modules that
 * has not finished (a refund whose provider was down, a reaction cut off by a restart). Only
 * publications older than a minute: a younger one may still be running on its first try. The
 * reactions themselves tolerate a second run (they check what is done, and the provider's
 * idempotency keys make a repeated refund refund once).
 */
@Component
public class UnfinishedReactions {

    static final Duration FIRST_TRY_GRACE = Duration.ofMinutes(1);

    private final IncompleteEventPublications publications;
    private final Clock clock;

    UnfinishedReactions(IncompleteEventPublications publications, Clock clock) {
        this.publications = publications;
        this.clock = clock;
    }

    @Scheduled(cron = "${slotwise.jobs.retry-reactions-cron:30 * * * * *}")
    @SchedulerLock(name = "retry-unfinished-reactions", lockAtMostFor = "PT5M")
    public void retry() {
        Instant before = clock.instant().minus(FIRST_TRY_GRACE);
        publications.resubmitIncompletePublications(publication -> publication.getPublicationDate().isBefore(before));
    }
}
