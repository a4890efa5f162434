package io.slotwise.server.session;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.server.activity.ActivityResourcesChanged;
import io.slotwise.server.events.VenueEvents;
import io.slotwise.server.resource.ResourceOccupancy;
import io.slotwise.server.resource.ResourceService;
import io.slotwise.server.resource.ResourceWindow;
import io.slotwise.server.web.DomainException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When an activity starts or stops using a shared resource, or its reset time changes, the
 * sessions it already has held or booked move their occupancy to the new resources and window,
 * in the activity change's own transaction and under the resources' locks. If one of those
 * resources is taken then by an overlapping session, the change is refused with the reason, so a
 * room is never double-booked by an edit.
 */
@Component
class OccupancyFollowsActivity {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private record Used(UUID sessionId, Instant start, Instant end) {
    }

    private final JdbcClient jdbc;
    private final ResourceOccupancy occupancy;
    private final ResourceService resources;
    private final SessionViews views;
    private final VenueEvents events;
    private final Clock clock;

    OccupancyFollowsActivity(JdbcClient jdbc, ResourceOccupancy occupancy, ResourceService resources, SessionViews views,
            VenueEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.occupancy = occupancy;
        this.resources = resources;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void resourcesChanged(ActivityResourcesChanged changed) {
        List<Used> used = jdbc.sql("""
                SELECT id, start_time, end_time FROM activity_sessions
                WHERE activity_id = :activity AND capacity_remaining < capacity_total AND end_time > :now AND status <> 'CANCELLED'
                ORDER BY start_time""")
                .param("activity", changed.activityId())
                .param("now", ts(clock.instant()))
                .query((rs, n) -> new Used(rs.getObject("id", UUID.class), instant(rs, "start_time"), instant(rs, "end_time")))
                .list();
        if (used.isEmpty()) {
            return;
        }
        Set<UUID> touched = new LinkedHashSet<>(changed.resourceIds());
        used.forEach(u -> touched.addAll(occupancy.occupiedBy(u.sessionId())));
        occupancy.lock(touched);
        for (Used u : used) {
            ResourceWindow window = ResourceWindow.of(u.start(), u.end(), changed.bufferMinutes());
            occupancy.vacate(u.sessionId());
            if (!changed.resourceIds().isEmpty()) {
                var taken = occupancy.conflict(changed.resourceIds(), u.sessionId(), window);
                if (taken.isPresent()) {
                    throw refusal(u, taken.get());
                }
                occupancy.occupy(changed.resourceIds(), u.sessionId(), window);
            }
            events.sessionChanged(u.sessionId());
            views.sessionsSharing(List.copyOf(touched), window, u.sessionId()).forEach(events::sessionChanged);
        }
    }

    private DomainException refusal(Used held, ResourceOccupancy.Occupant occupant) {
        var zone = views.terms(held.sessionId()).orElseThrow().zone();
        String resource = resources.find(occupant.resourceId()).map(io.slotwise.common.api.Resource::name).orElse("a shared resource");
        return new DomainException(ErrorCode.RESOURCE_BUSY, "This activity's session on " + WHEN.format(held.start().atZone(zone))
                + " is held or booked, and " + resource + " is taken then by another session (from "
                + WHEN.format(occupant.window().from().atZone(zone)) + "); move or cancel one of them first");
    }
}
