package io.slotwise.server.session;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;
import static io.slotwise.server.system.Sql.uuid;

import io.slotwise.common.api.Availability;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.api.StaffSessionView;
import io.slotwise.server.activity.ActivityInfo;
import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.system.ReadModel;
import io.slotwise.server.venue.VenueInfo;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.DateRange;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions as the public and staff read them: with their activity's booking rules and their
 * venue's zone, and for staff with the seats holds and bookings keep (asked of those modules).
 */
@Component
@ReadModel("activities and venues: a hold's terms (party limits, price, zone) are one query on the hot path, "
        + "and a venue's day lists its activities' sessions by name")
class SessionViews {

    private static final String TERMS = """
            SELECT s.id, s.activity_id, s.status, s.start_time, s.end_time, s.capacity_remaining,
                   a.name AS activity_name, a.active, a.min_party_size, a.max_party_size, a.price, a.currency,
                   a.payment_mode, v.id AS venue_id, v.organization_id, v.timezone
            FROM activity_sessions s
            JOIN activities a ON a.id = s.activity_id
            JOIN venues v ON v.id = a.venue_id
            WHERE s.id = :id""";

    private final JdbcClient jdbc;
    private final ActivityService activities;
    private final VenueService venues;
    private final Clock clock;
    private final List<SeatKeeper> keepers;

    SessionViews(JdbcClient jdbc, ActivityService activities, VenueService venues, Clock clock, List<SeatKeeper> keepers) {
        this.jdbc = jdbc;
        this.activities = activities;
        this.venues = venues;
        this.clock = clock;
        this.keepers = List.copyOf(keepers);
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

    @Transactional(readOnly = true)
    public List<SessionView> publicSessions(UUID activityId, LocalDate from, LocalDate to) {
        ActivityInfo activity = activities.get(activityId);
        if (!activity.active()) {
            throw DomainException.notFound("Activity");
        }
        ZoneId zone = venues.get(activity.venueId()).zone();
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
        VenueInfo venue = venues.byEmbedKey(embedKey);
        DateRange day = DateRange.of(date, date);
        return jdbc.sql("""
                SELECT s.id, s.activity_id, s.start_time, s.end_time, s.capacity_total, s.capacity_remaining, s.status
                FROM activity_sessions s JOIN activities a ON a.id = s.activity_id
                WHERE a.venue_id = :venue AND a.active = TRUE AND s.status <> 'CANCELLED'
                  AND s.start_time >= :from AND s.start_time < :to
                ORDER BY s.start_time, a.name""")
                .param("venue", venue.id())
                .param("from", ts(day.start(venue.zone())))
                .param("to", ts(day.endExclusive(venue.zone())))
                .query((rs, n) -> publicView(rs, venue.zone()))
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
        VenueInfo venue = venues.get(venueId);
        DateRange range = DateRange.of(from, to);
        ZoneId zone = venue.zone();
        List<StaffSessionView> sessions = jdbc.sql("""
                SELECT s.id, s.activity_id, a.name AS activity_name, s.start_time, s.end_time,
                       s.capacity_total, s.capacity_remaining, s.status
                FROM activity_sessions s JOIN activities a ON a.id = s.activity_id
                WHERE a.venue_id = :venue AND s.start_time >= :from AND s.start_time < :to
                ORDER BY s.start_time, a.name""")
                .param("venue", venueId)
                .param("from", ts(range.start(zone)))
                .param("to", ts(range.endExclusive(zone)))
                .query((rs, n) -> new StaffSessionView(uuid(rs, "id"), uuid(rs, "activity_id"),
                        rs.getString("activity_name"), instant(rs, "start_time").atZone(zone).toOffsetDateTime(),
                        instant(rs, "end_time").atZone(zone).toOffsetDateTime(), rs.getInt("capacity_total"),
                        rs.getInt("capacity_remaining"), SessionStatus.valueOf(rs.getString("status")), 0, 0))
                .list();
        List<UUID> ids = sessions.stream().map(StaffSessionView::id).toList();
        Map<UUID, Integer> held = kept(SeatKeeper.Kind.HELD, ids);
        Map<UUID, Integer> booked = kept(SeatKeeper.Kind.BOOKED, ids);
        return sessions.stream().map(s -> new StaffSessionView(s.id(), s.activityId(), s.activityName(), s.startTime(),
                s.endTime(), s.capacityTotal(), s.capacityRemaining(), s.status(), held.getOrDefault(s.id(), 0),
                booked.getOrDefault(s.id(), 0))).toList();
    }

    /** Seats held or booked per session, as the reservation and booking modules count them. */
    private Map<UUID, Integer> kept(SeatKeeper.Kind kind, List<UUID> sessionIds) {
        Map<UUID, Integer> seats = new java.util.HashMap<>();
        keepers.stream().filter(k -> k.kind() == kind)
                .forEach(k -> k.seatsKept(sessionIds).forEach((id, n) -> seats.merge(id, n, Integer::sum)));
        return seats;
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

    private static SessionView publicView(java.sql.ResultSet rs, ZoneId zone) throws java.sql.SQLException {
        return new SessionView(uuid(rs, "id"), uuid(rs, "activity_id"),
                instant(rs, "start_time").atZone(zone).toOffsetDateTime(),
                instant(rs, "end_time").atZone(zone).toOffsetDateTime(),
                rs.getInt("capacity_total"), rs.getInt("capacity_remaining"),
                SessionStatus.valueOf(rs.getString("status")));
    }
}
