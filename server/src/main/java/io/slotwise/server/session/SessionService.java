package io.slotwise.server.session;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;
import static io.slotwise.server.system.Sql.uuid;

import io.slotwise.common.api.Availability;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.SessionChange;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.api.StaffSessionView;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.slotwise.server.activity.Activity;
import io.slotwise.server.activity.ActivityScheduleChanged;
import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.events.VenueEvents;
import io.slotwise.server.venue.Venue;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.DateRange;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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

    private static final String TERMS = """
            SELECT s.id, s.activity_id, s.status, s.start_time, s.end_time, s.capacity_remaining,
                   a.name AS activity_name, a.active, a.min_party_size, a.max_party_size, a.price, a.currency,
                   a.payment_mode, v.id AS venue_id, v.organization_id, v.timezone
            FROM activity_sessions s
            JOIN activities a ON a.id = s.activity_id
            JOIN venues v ON v.id = a.venue_id
            WHERE s.id = :id""";

    static final Duration TERMS_CACHE_TTL = Duration.ofSeconds(2);

    private final Cache<UUID, SessionTerms> holdTerms = Caffeine.newBuilder()
            .expireAfterWrite(TERMS_CACHE_TTL)
            .maximumSize(10_000)
            .build();
    private final JdbcClient jdbc;
    private final ActivityService activities;
    private final VenueService venues;
    private final VenueEvents events;
    private final Clock clock;

    SessionService(JdbcClient jdbc, ActivityService activities, VenueService venues, VenueEvents events, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.activities = activities;
        this.venues = venues;
        this.clock = clock;
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

    @EventListener
    void activityChanged(ActivityScheduleChanged event) {
        holdTerms.asMap().values().removeIf(t -> t.activityId().equals(event.activityId()));
    }

    /** The session with its activity's booking rules, or empty if no such session exists. */
    @Transactional(readOnly = true)
    public Optional<SessionTerms> terms(UUID sessionId) {
        return jdbc.sql(TERMS).param("id", sessionId).query((rs, n) -> new SessionTerms(
                uuid(rs, "id"), uuid(rs, "activity_id"), rs.getString("activity_name"), uuid(rs, "venue_id"),
                uuid(rs, "organization_id"), ZoneId.of(rs.getString("timezone")),
                SessionStatus.valueOf(rs.getString("status")), rs.getBoolean("active"),
                instant(rs, "start_time"), instant(rs, "end_time"), rs.getInt("capacity_remaining"),
                rs.getInt("min_party_size"), rs.getInt("max_party_size"), rs.getLong("price"),
                rs.getString("currency"), PaymentMode.valueOf(rs.getString("payment_mode")))).optional();
    }

    /**
     * Takes {@code seats} seats if the session is open, has not started and has them; joins the
     * caller's transaction so the seats and the hold that owns them commit together.
     */
    public boolean tryTakeSeats(UUID sessionId, int seats) {
        return jdbc.sql("""
                UPDATE activity_sessions SET capacity_remaining = capacity_remaining - :seats
                WHERE id = :id AND status = 'OPEN' AND start_time > :now AND capacity_remaining >= :seats""")
                .param("seats", seats)
                .param("id", sessionId)
                .param("now", ts(clock.instant()))
                .update() == 1;
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

    /** Gives seats back (a hold ended without a booking, or a booking was cancelled). */
    public void returnSeats(UUID sessionId, int seats) {
        int updated = jdbc.sql("UPDATE activity_sessions SET capacity_remaining = capacity_remaining + :seats WHERE id = :id")
                .param("seats", seats)
                .param("id", sessionId)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("Seats returned to missing session " + sessionId);
        }
    }

    @Transactional(readOnly = true)
    public List<SessionView> publicSessions(UUID activityId, LocalDate from, LocalDate to) {
        Activity activity = activities.get(activityId);
        if (!activity.isActive()) {
            throw DomainException.notFound("Activity");
        }
        ZoneId zone = venues.get(activity.getVenueId()).getZone();
        DateRange range = DateRange.of(from, to);
        return jdbc.sql("""
                SELECT id, activity_id, start_time, end_time, capacity_total, capacity_remaining, status
                FROM activity_sessions
                WHERE activity_id = :activity AND start_time >= :from AND start_time < :to AND status <> 'CANCELLED'
                ORDER BY start_time""")
                .param("activity", activityId)
                .param("from", ts(range.start(zone)))
                .param("to", ts(range.endExclusive(zone)))
                .query((rs, n) -> publicView(rs, zone))
                .list();
    }

    /** All active activities' sessions of one venue-local day. */
    @Transactional(readOnly = true)
    public List<SessionView> venueDay(String embedKey, LocalDate date) {
        if (date == null) {
            throw DomainException.invalid("date", "is required");
        }
        Venue venue = venues.byEmbedKey(embedKey);
        DateRange day = DateRange.of(date, date);
        return jdbc.sql("""
                SELECT s.id, s.activity_id, s.start_time, s.end_time, s.capacity_total, s.capacity_remaining, s.status
                FROM activity_sessions s JOIN activities a ON a.id = s.activity_id
                WHERE a.venue_id = :venue AND a.active = TRUE AND s.status <> 'CANCELLED'
                  AND s.start_time >= :from AND s.start_time < :to
                ORDER BY s.start_time, a.name""")
                .param("venue", venue.getId())
                .param("from", ts(day.start(venue.getZone())))
                .param("to", ts(day.endExclusive(venue.getZone())))
                .query((rs, n) -> publicView(rs, venue.getZone()))
                .list();
    }

    @Transactional(readOnly = true)
    public Availability availability(UUID sessionId, Integer partySize) {
        Violations v = new Violations();
        v.between("partySize", partySize, 1, ActivityService.MAX_PARTY_SIZE);
        v.throwIfAny();
        SessionTerms terms = terms(sessionId).orElseThrow(() -> DomainException.notFound("Session"));
        if (!terms.activityActive()) {
            throw DomainException.notFound("Session");
        }
        boolean available = terms.bookableAt(clock.instant())
                && partySize >= terms.minPartySize() && partySize <= terms.maxPartySize()
                && terms.capacityRemaining() >= partySize;
        return new Availability(sessionId, partySize, available, terms.capacityRemaining());
    }

    /** The staff view: every session of the venue in the range, with seats held and booked. */
    @Transactional(readOnly = true)
    public List<StaffSessionView> staffSessions(UUID venueId, LocalDate from, LocalDate to) {
        Venue venue = venues.get(venueId);
        DateRange range = DateRange.of(from, to);
        ZoneId zone = venue.getZone();
        return jdbc.sql("""
                SELECT s.id, s.activity_id, a.name AS activity_name, s.start_time, s.end_time,
                       s.capacity_total, s.capacity_remaining, s.status,
                       (SELECT COALESCE(SUM(r.party_size), 0) FROM slot_reservations r
                         WHERE r.session_id = s.id AND r.status = 'HELD') AS held,
                       (SELECT COALESCE(SUM(b.party_size), 0) FROM bookings b
                         WHERE b.session_id = s.id AND b.status = 'CONFIRMED') AS booked
                FROM activity_sessions s JOIN activities a ON a.id = s.activity_id
                WHERE a.venue_id = :venue AND s.start_time >= :from AND s.start_time < :to
                ORDER BY s.start_time, a.name""")
                .param("venue", venueId)
                .param("from", ts(range.start(zone)))
                .param("to", ts(range.endExclusive(zone)))
                .query((rs, n) -> new StaffSessionView(uuid(rs, "id"), uuid(rs, "activity_id"),
                        rs.getString("activity_name"), instant(rs, "start_time").atZone(zone).toOffsetDateTime(),
                        instant(rs, "end_time").atZone(zone).toOffsetDateTime(), rs.getInt("capacity_total"),
                        rs.getInt("capacity_remaining"), SessionStatus.valueOf(rs.getString("status")),
                        rs.getInt("held"), rs.getInt("booked")))
                .list();
    }

    @Transactional(readOnly = true)
    public StaffSessionView staffSession(UUID sessionId) {
        SessionTerms terms = terms(sessionId).orElseThrow(() -> DomainException.notFound("Session"));
        LocalDate day = terms.startTime().atZone(terms.zone()).toLocalDate();
        return staffSessions(terms.venueId(), day, day).stream()
                .filter(s -> s.id().equals(sessionId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Session"));
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
            v.add("capacityTotal", "capacityTotal or status is required");
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
        return staffSession(sessionId);
    }

    private static SessionView publicView(java.sql.ResultSet rs, ZoneId zone) throws java.sql.SQLException {
        return new SessionView(uuid(rs, "id"), uuid(rs, "activity_id"),
                instant(rs, "start_time").atZone(zone).toOffsetDateTime(),
                instant(rs, "end_time").atZone(zone).toOffsetDateTime(),
                rs.getInt("capacity_total"), rs.getInt("capacity_remaining"),
                SessionStatus.valueOf(rs.getString("status")));
    }
}
