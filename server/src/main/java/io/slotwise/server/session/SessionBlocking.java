package io.slotwise.server.session;

import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.activity.Selling;
import io.slotwise.server.resource.ResourceOccupancy;
import io.slotwise.server.resource.ResourceOccupancy.Occupant;
import io.slotwise.server.resource.ResourceWindow;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Why an open session with seats left cannot be sold: a private session taken by its party, or a
 * shared resource occupied then by an overlapping session. Customers see such a session with no
 * places left; staff see why. Decided from the same rows the holds write, read once per list.
 */
@Component
class SessionBlocking {

    /** A session's seats as stored, with what its activity's selling rules need. */
    record Seats(UUID sessionId, UUID activityId, Instant start, Instant end, int total, int remaining) {
    }

    /** Why a session is not for sale although it is open: taken privately, or a resource busy with {@code occupant}. */
    record Block(boolean privatelyTaken, Occupant occupant) {
    }

    private final ActivityService activities;
    private final ResourceOccupancy occupancy;

    SessionBlocking(ActivityService activities, ResourceOccupancy occupancy) {
        this.activities = activities;
        this.occupancy = occupancy;
    }

    /** The blocked sessions among {@code sessions}, with why; a session not in the map is sold by its seats alone. */
    Map<UUID, Block> blocks(Collection<Seats> sessions) {
        Map<UUID, Selling> selling = new HashMap<>();
        for (Seats s : sessions) {
            selling.computeIfAbsent(s.activityId(), activities::selling);
        }
        Map<UUID, Block> blocked = new HashMap<>();
        Set<UUID> resources = new LinkedHashSet<>();
        Instant from = null;
        Instant until = null;
        for (Seats s : sessions) {
            Selling rules = selling.get(s.activityId());
            if (rules.isPrivate() && s.remaining() < s.total()) {
                blocked.put(s.sessionId(), new Block(true, null));
            }
            if (!rules.resourceIds().isEmpty()) {
                resources.addAll(rules.resourceIds());
                ResourceWindow w = window(s, rules);
                from = from == null || w.from().isBefore(from) ? w.from() : from;
                until = until == null || w.until().isAfter(until) ? w.until() : until;
            }
        }
        if (resources.isEmpty()) {
            return blocked;
        }
        List<Occupant> occupants = occupancy.overlapping(resources, new ResourceWindow(from, until));
        for (Seats s : sessions) {
            Selling rules = selling.get(s.activityId());
            if (rules.resourceIds().isEmpty() || blocked.containsKey(s.sessionId())) {
                continue;
            }
            conflict(s, rules, occupants).ifPresent(o -> blocked.put(s.sessionId(), new Block(false, o)));
        }
        return blocked;
    }

    /** The first other session occupying one of the session's resources over an overlapping window. */
    static Optional<Occupant> conflict(Seats s, Selling rules, List<Occupant> occupants) {
        ResourceWindow window = window(s, rules);
        return occupants.stream()
                .filter(o -> !o.sessionId().equals(s.sessionId()) && rules.resourceIds().contains(o.resourceId())
                        && o.window().overlaps(window))
                .findFirst();
    }

    private static ResourceWindow window(Seats s, Selling rules) {
        return ResourceWindow.of(s.start(), s.end(), rules.bufferMinutes());
    }
}
