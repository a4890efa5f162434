package io.slotwise.server.session;

import io.slotwise.server.activity.ActivityInfo;
import io.slotwise.server.activity.ActivityScheduleChanged;
import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.system.SlotwiseProperties;
import io.slotwise.server.venue.VenueService;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps every active activity's sessions generated ahead: daily for all of them, and right after
 * an activity's schedule changes for that one.
 */
@Component
class SessionGenerationJobs {

    private static final Logger log = LoggerFactory.getLogger(SessionGenerationJobs.class);

    private final SessionGenerator generator;
    private final ActivityService activities;
    private final VenueService venues;
    private final SlotwiseProperties properties;
    private final Clock clock;

    SessionGenerationJobs(SessionGenerator generator, ActivityService activities, VenueService venues,
            SlotwiseProperties properties, Clock clock) {
        this.generator = generator;
        this.activities = activities;
        this.venues = venues;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${slotwise.jobs.generate-cron:0 0 2 * * *}")
    @SchedulerLock(name = "generate-sessions", lockAtMostFor = "PT1H")
    void generateAhead() {
        for (ActivityInfo activity : activities.active()) {
            try {
                generateAhead(activity);
            } catch (RuntimeException e) {
                // One broken activity must not stop the others from getting sessions.
                log.error("Session generation failed for activity {}", activity.id(), e);
            }
        }
    }

    @TransactionalEventListener
    void scheduleChanged(ActivityScheduleChanged event) {
        ActivityInfo activity = activities.get(event.activityId());
        if (activity.active()) {
            generateAhead(activity);
        }
    }

    private void generateAhead(ActivityInfo activity) {
        LocalDate today = LocalDate.now(clock.withZone(venues.get(activity.venueId()).zone()));
        var result = generator.generate(activity.id(), today, properties.jobs().generateDaysAhead());
        if (result.created() > 0 || result.removed() > 0 || result.keptWithReservations() > 0) {
            log.info("Sessions of activity {}: {} created, {} removed, {} kept with reservations",
                    activity.id(), result.created(), result.removed(), result.keptWithReservations());
        }
    }
}
