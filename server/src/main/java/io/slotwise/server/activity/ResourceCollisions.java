package io.slotwise.server.activity;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;

import io.slotwise.common.api.Resource;
import io.slotwise.server.resource.ResourceService;
import io.slotwise.server.resource.ResourceWindow;
import io.slotwise.server.system.ReadModel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which existing sessions of other activities a planned slot would collide with on a shared
 * resource: both need the same room at overlapping times (each with its own reset), so only one
 * of them could be sold. Shown in the schedule preview while an owner edits, before anything is
 * generated.
 */
@Component
@ReadModel("activity_sessions: the sessions of other activities on the same resources, for the schedule preview and generation")
public class ResourceCollisions {

    /** An existing session on one of the resources, with its window (reset included). */
    public record Planned(UUID resourceId, String activityName, ResourceWindow window) {
    }

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

    private final JdbcClient jdbc;
    private final ResourceService resources;

    ResourceCollisions(JdbcClient jdbc, ResourceService resources) {
        this.jdbc = jdbc;
        this.resources = resources;
    }

    /** The sessions of activities other than {@code except} on any of {@code resourceIds} between {@code from} and {@code until}. */
    public List<Planned> around(List<UUID> resourceIds, UUID except, Instant from, Instant until) {
        if (resourceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT ar.resource_id, a.name, s.start_time, s.end_time, a.buffer_minutes
                FROM activity_sessions s
                JOIN activities a ON a.id = s.activity_id
                JOIN activity_resources ar ON ar.activity_id = a.id
                WHERE ar.resource_id IN (:resources) AND s.status <> 'CANCELLED' AND a.active = TRUE
                  AND (CAST(:except AS UUID) IS NULL OR a.id <> :except)
                  AND s.start_time < :until AND s.end_time > :earliest
                ORDER BY s.start_time""")
                .param("resources", resourceIds)
                .param("except", except)
                .param("until", ts(until))
                // a reset is at most a day: sessions ending a day before the range cannot reach it
                .param("earliest", ts(from.minus(Duration.ofDays(1))))
                .query((rs, n) -> new Planned(rs.getObject("resource_id", UUID.class), rs.getString("name"),
                        ResourceWindow.of(instant(rs, "start_time"), instant(rs, "end_time"), rs.getInt("buffer_minutes"))))
                .list();
    }

    /** What {@code slot} collides with, in words, or empty. */
    public Optional<String> collision(ResourceWindow slot, List<Planned> planned, ZoneId zone) {
        return planned.stream().filter(p -> p.window().overlaps(slot)).findFirst().map(p -> resources.find(p.resourceId())
                .map(Resource::name).orElse("A shared resource") + ": " + p.activityName() + " "
                + HHMM.format(p.window().from().atZone(zone)) + "-" + HHMM.format(p.window().until().atZone(zone)));
    }
}
