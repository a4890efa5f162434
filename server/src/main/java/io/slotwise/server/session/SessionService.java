package io.slotwise.server.session;

import io.slotwise.server.activity.Selling;
import io.slotwise.server.resource.ResourceOccupancy;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.SessionChange;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.api.StaffSessionView;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.slotwise.server.activity.ActivityScheduleChanged;
import io.slotwise.server.events.VenueEvents;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions and their seats. Seats change only through single conditional UPDATEs on the session
 * row, so concurrent holds, releases, cancellations and capacity edits serialize on that row and
 * the database's CHECK constraint is never the thing that stops an oversell.
 *
 * <p>The seat methods ({@code tryTakeSeats}, {@code lockSeats}, {@code takeLockedSeats},
 * {@code returnSeats}) join the caller's transaction, JPA or plain JDBC, so that seats always
 * move in the same commit as the hold or booking that owns them; they never start one.
 */
@Service
public class SessionService {

    static final int MAX_CAPACITY = 10_000;

    static final Duration TERMS_CACHE_TTL = Duration.ofSeconds(2);

    private final Cache<UUID, SessionTerms> holdTerms = Caffeine.newBuilder()
            .expireAfterWrite(TERMS_CACHE_TTL)
            .maximumSize(10_000)
            .build();
    private final JdbcClient jdbc;
    private final VenueEvents events;
    private final SessionViews views;
    private final ResourceOccupancy occupancy;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    SessionService(JdbcClient jdbc, VenueEvents events, SessionViews views, ResourceOccupancy occupancy, Clock clock,
            ApplicationEventPublisher publisher) {
        this.occupancy = occupancy;
        this.publisher = publisher;
        this.clock = clock;
        this.events = events;
        this.jdbc = jdbc;
        this.views = views;
    }

    /**
     * {@link #terms} as a hold needs them, from a cache kept for {@link #TERMS_CACHE_TTL}: a
     * popular session is read once, not once per hold. What could be stale is harmless, because
     * the hold's own conditional UPDATE re-checks status, start time and seats in the database;
     * an activity change evicts its sessions at once on this instance (other instances catch up
     * within the TTL).
     */
    public Optional<SessionTerms> termsForHold(UUID sessionId) {
        SessionTerms cached = holdTerms.getIfPresent(sessionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<SessionTerms> fresh = terms(sessionId);
        fresh.ifPresent(t -> holdTerms.put(sessionId, t));
        return fresh;
    }

    /** The session with its activity's booking rules, or empty if no such session exists. */
    public Optional<SessionTerms> terms(UUID sessionId) {
        return views.terms(sessionId);
    }

    /** An active activity's sessions on the venue-local days {@code from} to {@code to}. */
    public List<SessionView> publicSessions(UUID activityId, LocalDate from, LocalDate to) {
        return views.publicSessions(activityId, from, to);
    }

    /** A session as staff see it, with seats held and booked. */
    public StaffSessionView staffSession(UUID sessionId) {
        return views.staffSession(sessionId);
    }

    @EventListener
    void activityChanged(ActivityScheduleChanged event) {
        holdTerms.asMap().values().removeIf(t -> t.activityId().equals(event.activityId()));
    }

    /**
     * Takes {@code seats} seats if the session is open, has not started and has them; joins the
     * caller's transaction so the seats and the hold that owns them commit together. A private
     * session gives seats only to its first party; a session with shared resources only while no
     * overlapping session occupies them, and it then occupies them itself. On false nothing was
     * written.
     */
    public boolean tryTakeSeats(UUID sessionId, int seats) {
        Selling selling = termsForHold(sessionId).map(SessionTerms::selling).orElse(Selling.PLAIN);
        if (selling.seatsOnly()) {
            return takeSeats(sessionId, seats, false);
        }
        if (!lockResourcesIfFree(sessionId)) {
            return false;
        }
        if (!takeSeats(sessionId, seats, selling.isPrivate())) {
            return false;
        }
        occupyResources(sessionId);
        return true;
    }

    /**
     * Locks the session's shared resources until the caller's transaction ends, and tells whether
     * none of them is occupied by an overlapping session: then seats taken in this transaction may
     * be followed by {@link #occupyResources}. True at once for a session without resources.
     */
    public boolean lockResourcesIfFree(UUID sessionId) {
        SessionTerms terms = termsForHold(sessionId).orElse(null);
        if (terms == null || terms.selling().resourceIds().isEmpty()) {
            return true;
        }
        List<UUID> resources = terms.selling().resourceIds();
        occupancy.lock(resources);
        return occupancy.conflict(resources, sessionId, terms.resourceWindow()).isEmpty();
    }

    /**
     * The session now has seats taken: it occupies its shared resources (the caller holds their
     * locks, see {@link #lockResourcesIfFree}), and the sessions this makes unbookable are told.
     */
    public void occupyResources(UUID sessionId) {
        SessionTerms terms = termsForHold(sessionId).orElse(null);
        if (terms == null || terms.selling().resourceIds().isEmpty()) {
            return;
        }
        List<UUID> resources = terms.selling().resourceIds();
        if (occupancy.occupy(resources, sessionId, terms.resourceWindow())) {
            views.sessionsSharing(resources, terms.resourceWindow(), sessionId).forEach(events::sessionChanged);
        }
    }

    private boolean takeSeats(UUID sessionId, int seats, boolean wholeSession) {
        return jdbc.sql("""
                UPDATE activity_sessions SET capacity_remaining = capacity_remaining - :seats
                WHERE id = :id AND status = 'OPEN' AND start_time > :now AND capacity_remaining >= :seats"""
                        + (wholeSession ? " AND capacity_remaining = capacity_total" : ""))
                .param("seats", seats)
                .param("id", sessionId)
                .param("now", ts(clock.instant()))
                .update() == 1;
    }

    /**
     * Locks the shared resources of the sessions until the caller's transaction ends: a change
     * that moves seats of several sessions (a reschedule) takes them all first, in one order.
     */
    public void lockResourcesOf(UUID... sessionIds) {
        List<UUID> resources = new ArrayList<>();
        for (UUID id : sessionIds) {
            termsForHold(id).ifPresent(t -> resources.addAll(t.selling().resourceIds()));
        }
        occupancy.lock(resources);
    }

    /** Whether a session overlapping this one occupies one of its shared resources now. */
    public boolean resourceBusy(UUID sessionId) {
        return terms(sessionId).filter(t -> !t.selling().resourceIds().isEmpty())
                .flatMap(t -> occupancy.conflict(t.selling().resourceIds(), sessionId, t.resourceWindow()))
                .isPresent();
    }

    /** A session's seats as read under its row lock, for deciding several holds at once. */
    public record LockedSeats(SessionStatus status, java.time.Instant startTime, int remaining) {

        public boolean bookableAt(java.time.Instant now) {
            return status == SessionStatus.OPEN && startTime.isAfter(now);
        }
    }

    /**
     * Locks the session row until the caller's transaction ends and reads its seats; empty if the
     * session does not exist. Holds decided against this reading and applied with
     * {@link #takeLockedSeats} cannot oversell: nobody else changes the row meanwhile.
     */
    public Optional<LockedSeats> lockSeats(UUID sessionId) {
        return jdbc.sql("SELECT status, start_time, capacity_remaining FROM activity_sessions WHERE id = :id FOR UPDATE")
                .param("id", sessionId)
                .query((rs, n) -> new LockedSeats(SessionStatus.valueOf(rs.getString("status")), instant(rs, "start_time"),
                        rs.getInt("capacity_remaining")))
                .optional();
    }

    /** Takes seats from a session locked by {@link #lockSeats} in the same transaction. */
    public void takeLockedSeats(UUID sessionId, int seats) {
        jdbc.sql("UPDATE activity_sessions SET capacity_remaining = capacity_remaining - :seats WHERE id = :id")
                .param("seats", seats)
                .param("id", sessionId)
                .update();
    }

    /**
     * Gives seats back (a hold ended without a booking, or a booking was cancelled). When a
     * session with shared resources has no seat held or booked any more, it frees them, and the
     * sessions that waited on them become bookable.
     */
    public void returnSeats(UUID sessionId, int seats) {
        List<UUID> resources = termsForHold(sessionId).map(t -> t.selling().resourceIds()).orElse(List.of());
        occupancy.lock(resources);
        int updated = jdbc.sql("UPDATE activity_sessions SET capacity_remaining = capacity_remaining + :seats WHERE id = :id")
                .param("seats", seats)
                .param("id", sessionId)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("Seats returned to missing session " + sessionId);
        }
        if (!resources.isEmpty() && unused(sessionId)) {
            SessionTerms terms = termsForHold(sessionId).orElseThrow();
            if (occupancy.vacate(sessionId)) {
                views.sessionsSharing(resources, terms.resourceWindow(), sessionId).forEach(events::sessionChanged);
            }
        }
    }

    private boolean unused(UUID sessionId) {
        return jdbc.sql("SELECT capacity_remaining = capacity_total FROM activity_sessions WHERE id = :id")
                .param("id", sessionId).query(Boolean.class).single();
    }

    /**
     * Changes capacity and/or status. A new total never drops below the seats held and booked:
     * the remaining seats move by the same delta in the same conditional UPDATE, so a racing hold
     * either sees the old row or the new one, never a mix.
     */
    @Transactional
    public StaffSessionView change(UUID sessionId, SessionChange change) {
        Violations v = new Violations();
        if (change == null || (change.capacityTotal() == null && change.status() == null)) {
            v.add("capacityTotal", "a new capacity or status is required");
        } else {
            if (change.capacityTotal() != null) {
                v.between("capacityTotal", change.capacityTotal(), 0, MAX_CAPACITY);
            }
            if (change.status() == SessionStatus.CANCELLED) {
                v.add("status", "must be OPEN or BLOCKED");
            }
        }
        v.throwIfAny();
        terms(sessionId).orElseThrow(() -> DomainException.notFound("Session"));
        if (change.capacityTotal() != null) {
            int updated = jdbc.sql("""
                    UPDATE activity_sessions
                    SET capacity_remaining = capacity_remaining + (:total - capacity_total), capacity_total = :total
                    WHERE id = :id AND capacity_remaining + (:total - capacity_total) >= 0""")
                    .param("total", change.capacityTotal())
                    .param("id", sessionId)
                    .update();
            if (updated == 0) {
                throw new DomainException(ErrorCode.CAPACITY_BELOW_BOOKED,
                        "More seats are held and booked than the new capacity of " + change.capacityTotal());
            }
        }
        holdTerms.invalidate(sessionId);
        events.sessionChanged(sessionId);
        if (change.status() != null) {
            jdbc.sql("UPDATE activity_sessions SET status = :status WHERE id = :id AND status <> 'CANCELLED'")
                    .param("status", change.status().name())
                    .param("id", sessionId)
                    .update();
        }
        publisher.publishEvent(new SessionChanged(sessionId, views.terms(sessionId).orElseThrow().venueId()));
        return staffSession(sessionId);
    }

}
