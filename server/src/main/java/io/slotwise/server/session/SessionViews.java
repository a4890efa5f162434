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
import io.slotwise.server.events.SessionStates;
import io.slotwise.server.readcache.PublicReadScope;
import io.slotwise.server.resource.ResourceService;
import io.slotwise.server.resource.ResourceWindow;
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
        + "and a venue's day lists its activities' sessions by name; activity_resources: the sessions that share a resource "
        + "with one whose occupancy changed, to tell their subscribers")
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
    private final ResourceService resources;
    private final SessionBlocking blocking;
    private final Clock clock;
    private final List<SeatKeeper> keepers;

    SessionViews(JdbcClient jdbc, ActivityService activities, VenueService venues, ResourceService resources,
            SessionBlocking blocking, Clock clock, List<SeatKeeper> keepers) {
        this.resources = resources;
        this.blocking = blocking;
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
                rs.getString("currency"), PaymentMode.valueOf(rs.getString("payment_mode")), null)).optional()
                .map(t -> new SessionTerms(t.sessionId(), t.activityId(), t.activityName(), t.venueId(), t.organizationId(), t.zone(),
                        t.status(), t.activityActive(), t.startTime(), t.endTime(), t.capacityRemaining(), t.minPartySize(),
                        t.maxPartySize(), t.price(), t.currency(), t.paymentMode(), activities.selling(t.activityId())));
    }

    @Transactional(readOnly = true)
    public List<SessionView> publicSessions(UUID activityId, LocalDate from, LocalDate to) {
        ActivityInfo activity = activities.get(activityId);
        if (!activity.active()) {
            throw DomainException.notFound("Activity");
        }
        ZoneId zone = venues.get(activity.venueId()).zone();
        DateRange range = DateRange.of(from, to);
        PublicReadScope.venue(activity.venueId());
        return forSale(jdbc.sql("""
                SELECT id, activity_id, start_time, end_time, capacity_total, capacity_remaining, status, schedule_day
                FROM activity_sessions
                WHERE activity_id = :activity AND start_time >= :from AND start_time < :to AND status <> 'CANCELLED'
                ORDER BY start_time""")
                .param("activity", activityId)
                .param("from", ts(range.start(zone)))
                .param("to", ts(nightAfter(range, zone)))
                .query((rs, n) -> publicView(rs, zone))
                .list().stream().filter(v -> range.contains(v.day())).toList());
    }

    /** All active activities' sessions of one venue-local day. */
    @Transactional(readOnly = true)
    public List<SessionView> venueDay(String embedKey, LocalDate date) {
        if (date == null) {
            throw DomainException.invalid("date", "is required");
        }
        VenueInfo venue = venues.byEmbedKey(embedKey);
        DateRange day = DateRange.of(date, date);
        PublicReadScope.venue(venue.id());
        return forSale(jdbc.sql("""
                SELECT s.id, s.activity_id, s.start_time, s.end_time, s.capacity_total, s.capacity_remaining, s.status, s.schedule_day
                FROM activity_sessions s JOIN activities a ON a.id = s.activity_id
                WHERE a.venue_id = :venue AND a.active = TRUE AND s.status <> 'CANCELLED'
                  AND s.start_time >= :from AND s.start_time < :to
                ORDER BY s.start_time, a.name""")
                .param("venue", venue.id())
                .param("from", ts(day.start(venue.zone())))
                .param("to", ts(nightAfter(day, venue.zone())))
                .query((rs, n) -> publicView(rs, venue.zone()))
                .list().stream().filter(v -> day.contains(v.day())).toList());
    }

    /**
     * Where to stop looking for a range's sessions: a day's opening hours may run past midnight,
     * so its last sessions can start on the day after (they are filtered by {@code schedule_day}).
     */
    private static java.time.Instant nightAfter(DateRange range, ZoneId zone) {
        return range.to().plusDays(2).atStartOfDay(zone).toInstant();
    }

    /** The day a session is listed under: its schedule's, else (generated before days were kept) the day it starts. */
    private static LocalDate day(java.sql.ResultSet rs, java.time.Instant start, ZoneId zone) throws java.sql.SQLException {
        LocalDate day = rs.getObject("schedule_day", LocalDate.class);
        return day != null ? day : start.atZone(zone).toLocalDate();
    }

    /** Sessions as customers may buy them: one taken privately, or whose shared resource is busy then, has no places left. */
    private List<SessionView> forSale(List<SessionView> sessions) {
        Map<UUID, SessionBlocking.Block> blocked = blocking.blocks(sessions.stream().map(SessionViews::seats).toList());
        if (blocked.isEmpty()) {
            return sessions;
        }
        return sessions.stream().map(v -> blocked.containsKey(v.id())
                ? new SessionView(v.id(), v.activityId(), v.startTime(), v.endTime(), v.capacityTotal(), 0, v.status(), v.day())
                : v).toList();
    }

    /** The sessions' states for the event streams, as customers see them. */
    @Transactional(readOnly = true)
    public List<SessionStates.State> states(java.util.Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        record Row(SessionBlocking.Seats seats, UUID venueId, SessionStatus status) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT s.id, s.activity_id, s.start_time, s.end_time, s.capacity_total, s.capacity_remaining, s.status, a.venue_id
                FROM activity_sessions s JOIN activities a ON a.id = s.activity_id WHERE s.id IN (:ids)""")
                .param("ids", List.copyOf(sessionIds))
                .query((rs, n) -> new Row(new SessionBlocking.Seats(uuid(rs, "id"), uuid(rs, "activity_id"), instant(rs, "start_time"),
                        instant(rs, "end_time"), rs.getInt("capacity_total"), rs.getInt("capacity_remaining")), uuid(rs, "venue_id"),
                        SessionStatus.valueOf(rs.getString("status"))))
                .list();
        Map<UUID, SessionBlocking.Block> blocked = blocking.blocks(rows.stream().map(Row::seats).toList());
        return rows.stream().map(r -> new SessionStates.State(r.seats().sessionId(), r.seats().activityId(), r.venueId(),
                blocked.containsKey(r.seats().sessionId()) ? 0 : r.seats().remaining(), r.status())).toList();
    }

    private static SessionBlocking.Seats seats(SessionView v) {
        return new SessionBlocking.Seats(v.id(), v.activityId(), v.startTime().toInstant(), v.endTime().toInstant(), v.capacityTotal(),
                v.capacityRemaining());
    }

    /**
     * The sessions (other than {@code except}) whose window on one of {@code resourceIds} overlaps
     * {@code window}: those whose availability changes when that window is occupied or freed.
     */
    @Transactional(readOnly = true)
    public List<UUID> sessionsSharing(List<UUID> resourceIds, ResourceWindow window, UUID except) {
        return jdbc.sql("""
                SELECT DISTINCT s.id, s.start_time, s.end_time, a.buffer_minutes
                FROM activity_sessions s
                JOIN activity_resources ar ON ar.activity_id = s.activity_id
                JOIN activities a ON a.id = s.activity_id
                WHERE ar.resource_id IN (:resources) AND s.id <> :except AND s.status <> 'CANCELLED'
                  AND s.start_time < :until AND s.end_time > :earliest""")
                .param("resources", resourceIds)
                .param("except", except)
                .param("until", ts(window.until()))
                // a reset is at most a day: sessions ending a day before the window cannot reach it
                .param("earliest", ts(window.from().minus(java.time.Duration.ofDays(1))))
                .query((rs, n) -> ResourceWindow.of(instant(rs, "start_time"), instant(rs, "end_time"), rs.getInt("buffer_minutes"))
                        .overlaps(window) ? uuid(rs, "id") : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
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
        SessionView view = forSale(List.of(new SessionView(sessionId, terms.activityId(), terms.startTime().atZone(terms.zone())
                .toOffsetDateTime(), terms.endTime().atZone(terms.zone()).toOffsetDateTime(), capacityTotal(sessionId),
                terms.capacityRemaining(), terms.status()))).get(0);
        PublicReadScope.venue(terms.venueId());
        // It stops being bookable when it starts, with nothing committed to say so.
        PublicReadScope.until(terms.startTime());
        boolean available = terms.bookableAt(clock.instant())
                && partySize >= terms.minPartySize() && partySize <= terms.maxPartySize()
                && view.capacityRemaining() >= partySize;
        return new Availability(sessionId, partySize, available, view.capacityRemaining());
    }

    private int capacityTotal(UUID sessionId) {
        return jdbc.sql("SELECT capacity_total FROM activity_sessions WHERE id = :id").param("id", sessionId).query(Integer.class).single();
    }

    /** The staff view: every session of the venue in the range, with seats held and booked. */
    @Transactional(readOnly = true)
    public List<StaffSessionView> staffSessions(UUID venueId, LocalDate from, LocalDate to) {
        VenueInfo venue = venues.get(venueId);
        DateRange range = DateRange.of(from, to);
        ZoneId zone = venue.zone();
        List<StaffSessionView> sessions = jdbc.sql("""
                SELECT s.id, s.activity_id, a.name AS activity_name, s.start_time, s.end_time,
                       s.capacity_total, s.capacity_remaining, s.status, s.schedule_day
                FROM activity_sessions s JOIN activities a ON a.id = s.activity_id
                WHERE a.venue_id = :venue AND s.start_time >= :from AND s.start_time < :to
                ORDER BY s.start_time, a.name""")
                .param("venue", venueId)
                .param("from", ts(range.start(zone)))
                .param("to", ts(nightAfter(range, zone)))
                .query((rs, n) -> new StaffSessionView(uuid(rs, "id"), uuid(rs, "activity_id"),
                        rs.getString("activity_name"), instant(rs, "start_time").atZone(zone).toOffsetDateTime(),
                        instant(rs, "end_time").atZone(zone).toOffsetDateTime(), rs.getInt("capacity_total"),
                        rs.getInt("capacity_remaining"), SessionStatus.valueOf(rs.getString("status")), 0, 0, null,
                        day(rs, instant(rs, "start_time"), zone)))
                .list().stream().filter(v -> range.contains(v.day())).toList();
        List<UUID> ids = sessions.stream().map(StaffSessionView::id).toList();
        Map<UUID, Integer> held = kept(SeatKeeper.Kind.HELD, ids);
        Map<UUID, Integer> booked = kept(SeatKeeper.Kind.BOOKED, ids);
        Map<UUID, SessionBlocking.Block> blocked = blocking.blocks(sessions.stream().map(s -> new SessionBlocking.Seats(s.id(),
                s.activityId(), s.startTime().toInstant(), s.endTime().toInstant(), s.capacityTotal(), s.capacityRemaining())).toList());
        Map<UUID, StaffSessionView> byId = sessions.stream().collect(java.util.stream.Collectors.toMap(StaffSessionView::id, s -> s));
        return sessions.stream().map(s -> new StaffSessionView(s.id(), s.activityId(), s.activityName(), s.startTime(),
                s.endTime(), s.capacityTotal(), s.capacityRemaining(), s.status(), held.getOrDefault(s.id(), 0),
                booked.getOrDefault(s.id(), 0), busyBecause(blocked.get(s.id()), byId, zone), s.day())).toList();
    }

    /** Why staff cannot sell a session that has seats: "Room 2 in use: Kids' hunt 18:00-19:15 (with reset)". */
    private String busyBecause(SessionBlocking.Block block, Map<UUID, StaffSessionView> listed, ZoneId zone) {
        if (block == null || block.occupant() == null) {
            return null;
        }
        var occupant = block.occupant();
        String resource = resources.find(occupant.resourceId()).map(io.slotwise.common.api.Resource::name).orElse("A shared resource");
        String who = java.util.Optional.ofNullable(listed.get(occupant.sessionId())).map(StaffSessionView::activityName)
                .or(() -> terms(occupant.sessionId()).map(SessionTerms::activityName)).orElse("another session");
        java.time.format.DateTimeFormatter hhmm = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
        return resource + " in use: " + who + " " + hhmm.format(occupant.window().from().atZone(zone)) + "-"
                + hhmm.format(occupant.window().until().atZone(zone));
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
        // Listed under its own day or, past midnight, the day before.
        LocalDate day = terms.startTime().atZone(terms.zone()).toLocalDate();
        return staffSessions(terms.venueId(), day.minusDays(1), day).stream()
                .filter(s -> s.id().equals(sessionId))
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("Session"));
    }

    private static SessionView publicView(java.sql.ResultSet rs, ZoneId zone) throws java.sql.SQLException {
        java.time.Instant start = instant(rs, "start_time");
        return new SessionView(uuid(rs, "id"), uuid(rs, "activity_id"),
                start.atZone(zone).toOffsetDateTime(),
                instant(rs, "end_time").atZone(zone).toOffsetDateTime(),
                rs.getInt("capacity_total"), rs.getInt("capacity_remaining"),
                SessionStatus.valueOf(rs.getString("status")), day(rs, start, zone));
    }
}
