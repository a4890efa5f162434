package io.slotwise.server.activity;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.ActivityRequest;
import io.slotwise.common.api.Schedule;
import io.slotwise.common.api.SchedulePreview;
import io.slotwise.common.api.SchedulePreviewRequest;
import java.util.List;
import io.slotwise.server.security.Role;
import io.slotwise.server.security.Guarded;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for activities and their schedules. */
@RestController
@RequestMapping("/api/v1")
class ActivityController {

    private final ActivityService activities;
    private final SchedulePreviews previews;

    ActivityController(ActivityService activities, SchedulePreviews previews) {
        this.activities = activities;
        this.previews = previews;
    }

    /** The slots a schedule being edited would make; nothing is saved. */
    @Guarded(Role.STAFF)
    @io.slotwise.server.audit.NotAChange
    @PostMapping("/venues/{venueId}/schedule-preview")
    SchedulePreview preview(@PathVariable UUID venueId, @RequestBody SchedulePreviewRequest request) {
        return previews.preview(venueId, request);
    }

    @Guarded(Role.STAFF)
    @GetMapping("/venues/{venueId}/activities")
    List<ActivityDetails> list(@PathVariable UUID venueId) {
        return activities.list(venueId);
    }

    @Guarded(Role.OWNER)
    @PostMapping("/venues/{venueId}/activities")
    @ResponseStatus(HttpStatus.CREATED)
    ActivityDetails create(@PathVariable UUID venueId, @RequestBody ActivityRequest request) {
        return activities.create(venueId, request);
    }

    @Guarded(Role.STAFF)
    @GetMapping("/activities/{activityId}")
    ActivityDetails get(@PathVariable UUID activityId) {
        return activities.details(activityId);
    }

    @Guarded(Role.OWNER)
    @PutMapping("/activities/{activityId}")
    ActivityDetails update(@PathVariable UUID activityId, @RequestBody ActivityRequest request) {
        return activities.update(activityId, request);
    }

    @Guarded(Role.OWNER)
    @PutMapping("/activities/{activityId}/schedule")
    ActivityDetails replaceSchedule(@PathVariable UUID activityId, @RequestBody Schedule schedule) {
        return activities.replaceSchedule(activityId, schedule);
    }
}
