package io.slotwise.server.session;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;
import static io.slotwise.server.system.Sql.uuid;

import io.slotwise.common.api.GenerationResult;
import io.slotwise.common.api.GenerationResult.KeptSession;
import io.slotwise.server.activity.ActivityInfo;
import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.activity.ResourceCollisions;
import io.slotwise.server.activity.Selling;
import io.slotwise.server.resource.ResourceWindow;
import io.slotwise.server.events.VenueEvents;
import io.slotwise.server.schedule.ScheduleExpander;
import io.slotwise.server.schedule.SlotTime;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.Violations;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code generate_activity_sessions}: makes the stored sessions of an activity match its schedule
 * for a range of venue-local days. Idempotent: a second run creates nothing. Sessions that the
 * schedule no longer has are removed if nobody reserved them, cancelled if only ended holds
 * point at them, and kept (and reported) while they hold live reservations.
 */
@Service
public class SessionGenerator {

    public static final int MAX_DAYS_AHEAD = 366;

    private final JdbcClient jdbc;
    private final ActivityService activities;
    private final VenueService venues;
    private final TransactionTemplate transactions;
    private final VenueEvents events;
    private final Clock clock;
    private final List<SeatKeeper> keepers;
    private final ResourceCollisions collisions;

    SessionGenerator(JdbcClient jdbc, ActivityService activities, VenueService venues, TransactionTemplate transactions,
            VenueEvents events, Clock clock, List<SeatKeeper> keepers, ResourceCollisions collisions) {
        this.collisions = collisions;
        this.keepers = List.copyOf(keepers);
        this.events = events;
        this.jdbc = jdbc;
        this.activities = activities;
        this.venues = venues;
        this.transactions = transactions;
        this.clock = clock;
    }

    public GenerationResult generate(UUID activityId, LocalDate startDate, Integer daysAhead) {
        Violations v = new Violations();
        v.required("startDate", startDate);
        v.between("daysAhead", daysAhead, 1, MAX_DAYS_AHEAD);
        v.throwIfAny();
        ActivityInfo activity = activities.get(activityId);
        ZoneId zone = venues.get(activity.venueId()).zone();
        Instant now = clock.instant();
        Instant rangeStart = startDate.atStartOfDay(zone).toInstant();
        Instant rangeEnd = startDate.plusDays(daysAhead).atStartOfDay(zone).toInstant();

        // The day before the range is expanded too: its night may run past midnight into the range.
        List<SlotTime> planned = ScheduleExpander.expand(activities.schedule(activity.id()), zone, activity.duration(),
                startDate.minusDays(1), startDate.plusDays(daysAhead));
        Set<Instant> plannedStarts = new HashSet<>();
        List<SlotTime> wanted = new ArrayList<>();
        for (SlotTime slot : planned) {
            plannedStarts.add(slot.start());
            if (!slot.start().isBefore(rangeStart) && slot.start().isAfter(now)) {
                wanted.add(slot);
            }
        }
        Instant scanEnd = wanted.isEmpty() || wanted.get(wanted.size() - 1).start().isBefore(rangeEnd)
                ? rangeEnd : wanted.get(wanted.size() - 1).start().plusSeconds(1);
        Map<Instant, StoredSession> stored = stored(activityId, rangeStart, scanEnd);

        int created = 0;
        int existing = 0;
        List<SlotTime> toCreate = new ArrayList<>();
        for (SlotTime slot : wanted) {
            StoredSession session = stored.get(slot.start());
            if (session == null) {
                toCreate.add(slot);
            } else if (session.cancelled() && reopen(session.id())) {
                created++;
            } else {
                existing++;
            }
            if (session != null && session.day() == null) {
                recordDay(session.id(), slot.day());
            }
        }
        int inserted = insert(activity, toCreate);
        created += inserted;
        existing += toCreate.size() - inserted;

        int removed = 0;
        List<KeptSession> kept = new ArrayList<>();
        for (StoredSession session : stored.values()) {
            boolean offSchedule = !plannedStarts.contains(session.start()) && !session.cancelled()
                    && session.start().isAfter(now) && session.start().isBefore(rangeEnd);
            if (!offSchedule) {
                continue;
            }
            Removal outcome = remove(session);
            if (outcome.removed()) {
                removed++;
            } else {
                kept.add(new KeptSession(session.id(), session.start().atZone(zone).toOffsetDateTime(),
                        outcome.heldSeats(), outcome.bookedSeats()));
            }
        }
        if (created > 0 || removed > 0) {
            events.activityChanged(activity.venueId(), activityId);
        }
        return new GenerationResult(created, existing, removed, kept.size(), kept, collisions(activityId, wanted, zone));
    }

    /** The wanted slots that need a shared resource another activity's session needs then. */
    private List<GenerationResult.Collision> collisions(UUID activityId, List<SlotTime> wanted, ZoneId zone) {
        Selling selling = activities.selling(activityId);
        if (selling.resourceIds().isEmpty() || wanted.isEmpty()) {
            return List.of();
        }
        List<ResourceCollisions.Planned> others = collisions.around(selling.resourceIds(), activityId, wanted.get(0).start(),
                wanted.get(wanted.size() - 1).end().plus(java.time.Duration.ofMinutes(selling.bufferMinutes())));
        List<GenerationResult.Collision> found = new ArrayList<>();
        for (SlotTime slot : wanted) {
            collisions.collision(ResourceWindow.of(slot.start(), slot.end(), selling.bufferMinutes()), others, zone)
                    .ifPresent(why -> found.add(new GenerationResult.Collision(slot.start().atZone(zone).toOffsetDateTime(), why)));
        }
        return found;
    }

    private record StoredSession(UUID id, Instant start, boolean cancelled, LocalDate day) {
    }

    private record Removal(boolean removed, int heldSeats, int bookedSeats) {
    }

    private Map<Instant, StoredSession> stored(UUID activityId, Instant from, Instant to) {
        Map<Instant, StoredSession> byStart = new HashMap<>();
        jdbc.sql("""
                SELECT id, start_time, status, schedule_day FROM activity_sessions
                WHERE activity_id = :activity AND start_time >= :from AND start_time < :to""")
                .param("activity", activityId)
                .param("from", ts(from))
                .param("to", ts(to))
                .query((rs, n) -> new StoredSession(uuid(rs, "id"), instant(rs, "start_time"),
                        "CANCELLED".equals(rs.getString("status")), rs.getObject("schedule_day", LocalDate.class)))
                .list()
                .forEach(s -> byStart.put(s.start(), s));
        return byStart;
    }

    /** Inserts the sessions; one that a concurrent run created first is skipped, not an error. */
    private int insert(ActivityInfo activity, List<SlotTime> slots) {
        if (slots.isEmpty()) {
            return 0;
        }
        Integer inserted = transactions.execute(tx -> {
            int count = 0;
            for (SlotTime slot : slots) {
                count += jdbc.sql("""
                        INSERT INTO activity_sessions
                            (id, activity_id, start_time, end_time, capacity_total, capacity_remaining, status, schedule_day)
                        VALUES (:id, :activity, :start, :end, :capacity, :capacity, 'OPEN', :day)
                        ON CONFLICT DO NOTHING""")
                        .param("id", UUID.randomUUID())
                        .param("activity", activity.id())
                        .param("start", ts(slot.start()))
                        .param("end", ts(slot.end()))
                        .param("capacity", activity.capacity())
                        .param("day", slot.day())
                        .update();
            }
            return count;
        });
        return inserted == null ? 0 : inserted;
    }

    /** Fills in the day of a session generated before sessions recorded it. */
    private void recordDay(UUID sessionId, LocalDate day) {
        jdbc.sql("UPDATE activity_sessions SET schedule_day = :day WHERE id = :id AND schedule_day IS NULL")
                .param("day", day)
                .param("id", sessionId)
                .update();
    }

    private boolean reopen(UUID sessionId) {
        return jdbc.sql("UPDATE activity_sessions SET status = 'OPEN' WHERE id = :id AND status = 'CANCELLED'")
                .param("id", sessionId)
                .update() == 1;
    }

    /**
     * Removes one off-schedule session unless it holds live reservations. The session row is
     * locked first, so a hold racing the removal either commits before the seat count is read
     * (and the session is kept) or finds the session gone or cancelled.
     */
    private Removal remove(StoredSession session) {
        try {
            return transactions.execute(tx -> {
                jdbc.sql("SELECT id FROM activity_sessions WHERE id = :id FOR UPDATE")
                        .param("id", session.id()).query(UUID.class).optional();
                SeatCount seats = seats(session.id());
                if (seats.held() > 0 || seats.booked() > 0) {
                    return new Removal(false, seats.held(), seats.booked());
                }
                // Holds take the session's row lock before they add a reservation: none can arrive meanwhile.
                boolean history = keepers.stream().anyMatch(k -> k.refersTo(session.id()));
                if (!history) {
                    jdbc.sql("DELETE FROM activity_sessions WHERE id = :id").param("id", session.id()).update();
                } else {
                    // Only ended holds point at it: keep the row for their history, but take it off sale.
                    jdbc.sql("UPDATE activity_sessions SET status = 'CANCELLED' WHERE id = :id")
                            .param("id", session.id())
                            .update();
                }
                return new Removal(true, 0, 0);
            });
        } catch (DataIntegrityViolationException aHoldArrivedMeanwhile) {
            SeatCount seats = seats(session.id());
            return new Removal(false, seats.held(), seats.booked());
        }
    }

    private record SeatCount(int held, int booked) {
    }

    private SeatCount seats(UUID sessionId) {
        return new SeatCount(kept(SeatKeeper.Kind.HELD, sessionId), kept(SeatKeeper.Kind.BOOKED, sessionId));
    }

    private int kept(SeatKeeper.Kind kind, UUID sessionId) {
        return keepers.stream().filter(k -> k.kind() == kind)
                .mapToInt(k -> k.seatsKept(List.of(sessionId)).getOrDefault(sessionId, 0)).sum();
    }
}
