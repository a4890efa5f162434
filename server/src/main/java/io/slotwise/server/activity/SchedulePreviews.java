package io.slotwise.server.activity;

import io.slotwise.common.api.SchedulePreview;
import io.slotwise.common.api.SchedulePreviewRequest;
import io.slotwise.server.schedule.ActivitySchedule;
import io.slotwise.server.schedule.ScheduleExpander;
import io.slotwise.server.schedule.ScheduleParser;
import io.slotwise.server.venue.VenueInfo;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.FieldViolation;
import io.slotwise.server.web.Violations;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import io.slotwise.server.resource.ResourceWindow;
import org.springframework.stereotype.Service;

/**
 * The slots a schedule would make, before it is saved: the admin app's schedule editor shows
 * them as the owner types, with the same validation (and field names) as saving would apply, and
 * each slot that would collide on a shared resource with another activity's session.
 */
@Service
public class SchedulePreviews {

    static final int MAX_DAYS = 31;

    private final VenueService venues;
    private final ResourceCollisions collisions;

    SchedulePreviews(VenueService venues, ResourceCollisions collisions) {
        this.venues = venues;
        this.collisions = collisions;
    }

    public SchedulePreview preview(java.util.UUID venueId, SchedulePreviewRequest request) {
        VenueInfo venue = venues.get(venueId);
        Violations v = new Violations();
        if (request == null) {
            v.add("body", "is required");
            v.throwIfAny();
        }
        v.between("durationMinutes", request.durationMinutes(), 5, 24 * 60);
        v.required("from", request.from());
        v.between("days", request.days(), 1, MAX_DAYS);
        if (request.bufferMinutes() != null) {
            v.between("bufferMinutes", request.bufferMinutes(), 0, SellingRules.MAX_BUFFER_MINUTES);
        }
        List<UUID> resourceIds = request.resourceIds() == null ? List.of()
                : request.resourceIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
        ScheduleParser.Result parsed = ScheduleParser.parse(request.schedule());
        v.addAll(parsed.errors().stream().map(e -> new FieldViolation(e.field(), e.message())).toList());
        v.throwIfAny();
        ActivitySchedule schedule = parsed.schedule();
        ZoneId zone = venue.zone();
        var expanded = ScheduleExpander.expand(schedule, zone, Duration.ofMinutes(request.durationMinutes()),
                request.from(), request.from().plusDays(request.days()));
        int buffer = request.bufferMinutes() == null ? 0 : request.bufferMinutes();
        List<ResourceCollisions.Planned> planned = expanded.isEmpty() ? List.of() : collisions.around(resourceIds,
                request.activityId(), expanded.get(0).start(), expanded.get(expanded.size() - 1).end().plus(Duration.ofMinutes(buffer)));
        var slots = expanded.stream()
                .map(s -> new SchedulePreview.Slot(s.start().atZone(zone).toOffsetDateTime(), s.end().atZone(zone).toOffsetDateTime(),
                        collisions.collision(ResourceWindow.of(s.start(), s.end(), buffer), planned, zone).orElse(null)))
                .toList();
        return new SchedulePreview(slots);
    }
}
