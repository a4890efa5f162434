package io.slotwise.server.resource;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which session occupies which resource when. A session with seats held or booked occupies each
 * of its resources over its {@link ResourceWindow}; another session whose window overlaps on one
 * of them cannot be held. Every change happens under the resource rows' locks, taken in id order
 * (so two sessions sharing resources never deadlock), inside the caller's transaction: a check
 * and the write that follows it cannot be split by a concurrent one, on H2 as on PostgreSQL.
 */
@Component
public class ResourceOccupancy {

    /** A resource occupied by a session over a window. */
    public record Occupant(UUID resourceId, UUID sessionId, ResourceWindow window) {
    }

    private final JdbcClient jdbc;

    ResourceOccupancy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the resources until the caller's transaction ends; a removed resource is simply not there. */
    public void lock(Collection<UUID> resourceIds) {
        for (UUID id : resourceIds.stream().distinct().sorted().toList()) {
            jdbc.sql("SELECT id FROM resources WHERE id = :id FOR UPDATE").param("id", id).query(UUID.class).optional();
        }
    }

    /** Another session occupying one of the resources over an overlapping window, if any (the caller holds the locks). */
    public java.util.Optional<Occupant> conflict(Collection<UUID> resourceIds, UUID sessionId, ResourceWindow window) {
        return overlapping(resourceIds, window).stream().filter(o -> !o.sessionId().equals(sessionId)).findFirst();
    }

    /**
     * Records that the session occupies the resources over its window (once; the caller holds the
     * locks and checked); true if it did not occupy them before.
     */
    public boolean occupy(Collection<UUID> resourceIds, UUID sessionId, ResourceWindow window) {
        int written = 0;
        for (UUID resource : resourceIds.stream().distinct().sorted().toList()) {
            written += jdbc.sql("""
                    INSERT INTO resource_occupancy (resource_id, session_id, starts_at, ends_at)
                    SELECT id, :session, :from, :until FROM resources r
                    WHERE r.id = :resource
                      AND NOT EXISTS (SELECT 1 FROM resource_occupancy o WHERE o.resource_id = :resource AND o.session_id = :session)""")
                    .param("resource", resource)
                    .param("session", sessionId)
                    .param("from", ts(window.from()))
                    .param("until", ts(window.until()))
                    .update();
        }
        return written > 0;
    }

    /** The session no longer occupies anything (its last hold or booking ended); true if it did. */
    public boolean vacate(UUID sessionId) {
        return jdbc.sql("DELETE FROM resource_occupancy WHERE session_id = :session").param("session", sessionId).update() > 0;
    }

    /** The resources the session occupies now. */
    public List<UUID> occupiedBy(UUID sessionId) {
        return jdbc.sql("SELECT resource_id FROM resource_occupancy WHERE session_id = :session ORDER BY resource_id")
                .param("session", sessionId).query(UUID.class).list();
    }

    /** Who occupies any of the resources over a window overlapping {@code window}. */
    public List<Occupant> overlapping(Collection<UUID> resourceIds, ResourceWindow window) {
        if (resourceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT resource_id, session_id, starts_at, ends_at FROM resource_occupancy
                WHERE resource_id IN (:resources) AND starts_at < :until AND ends_at > :from
                ORDER BY starts_at, resource_id""")
                .param("resources", List.copyOf(resourceIds))
                .param("from", ts(window.from()))
                .param("until", ts(window.until()))
                .query((rs, n) -> new Occupant(rs.getObject("resource_id", UUID.class), rs.getObject("session_id", UUID.class),
                        new ResourceWindow(instant(rs, "starts_at"), instant(rs, "ends_at"))))
                .list();
    }
}
