package io.slotwise.server.resource;

import static io.slotwise.server.system.Sql.ts;

import io.slotwise.common.api.Resource;
import io.slotwise.common.api.ResourceRequest;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A venue's shared resources: the rooms, lanes and guides several activities use. Removing one
 * frees every session that waited on it; activities simply stop using it.
 */
@Service
public class ResourceService {

    static final int MAX_PER_VENUE = 100;

    private final JdbcClient jdbc;
    private final VenueService venues;
    private final Clock clock;

    ResourceService(JdbcClient jdbc, VenueService venues, Clock clock) {
        this.jdbc = jdbc;
        this.venues = venues;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Resource> list(UUID venueId) {
        venues.get(venueId);
        return jdbc.sql("SELECT id, venue_id, name FROM resources WHERE venue_id = :venue ORDER BY name, id")
                .param("venue", venueId)
                .query((rs, n) -> new Resource(rs.getObject("id", UUID.class), rs.getObject("venue_id", UUID.class), rs.getString("name")))
                .list();
    }

    @Transactional
    public Resource create(UUID venueId, ResourceRequest request) {
        venues.get(venueId);
        String name = validName(request);
        if (list(venueId).size() >= MAX_PER_VENUE) {
            throw DomainException.invalid("name", "a venue has at most " + MAX_PER_VENUE + " resources");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO resources (id, venue_id, name, created_at) VALUES (:id, :venue, :name, :now)")
                .param("id", id).param("venue", venueId).param("name", name).param("now", ts(clock.instant()))
                .update();
        return new Resource(id, venueId, name);
    }

    @Transactional
    public Resource rename(UUID resourceId, ResourceRequest request) {
        String name = validName(request);
        Resource resource = get(resourceId);
        jdbc.sql("UPDATE resources SET name = :name WHERE id = :id").param("name", name).param("id", resourceId).update();
        return new Resource(resourceId, resource.venueId(), name);
    }

    /** Removes the resource; activities stop using it and sessions that waited on it are free. */
    @Transactional
    public void delete(UUID resourceId) {
        get(resourceId);
        jdbc.sql("DELETE FROM resources WHERE id = :id").param("id", resourceId).update();
    }

    /** The resource, or {@code NOT_FOUND}. */
    @Transactional(readOnly = true)
    public Resource get(UUID resourceId) {
        return find(resourceId).orElseThrow(() -> DomainException.notFound("Resource"));
    }

    /** The resource, if it exists. */
    @Transactional(readOnly = true)
    public Optional<Resource> find(UUID resourceId) {
        return jdbc.sql("SELECT id, venue_id, name FROM resources WHERE id = :id").param("id", resourceId)
                .query((rs, n) -> new Resource(rs.getObject("id", UUID.class), rs.getObject("venue_id", UUID.class), rs.getString("name")))
                .optional();
    }

    private static String validName(ResourceRequest request) {
        Violations v = new Violations();
        String name = request == null ? null : request.name();
        if (v.required("name", name)) {
            v.maxLength("name", name, 200);
        }
        v.throwIfAny();
        return name.trim();
    }
}
