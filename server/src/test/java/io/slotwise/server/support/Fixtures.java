package io.slotwise.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.ActivityRequest;
import io.slotwise.common.api.BookingMode;
import io.slotwise.common.api.GroupPrice;
import io.slotwise.common.api.PriceCategory;
import io.slotwise.common.api.ResourceRequest;
import io.slotwise.server.resource.ResourceService;
import io.slotwise.common.api.KioskDeviceRequest;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.Schedule;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.api.VenueRequest;
import io.slotwise.server.activity.ActivityService;
import io.slotwise.server.events.ChangedVenues;
import io.slotwise.server.kiosk.KioskDeviceService;
import io.slotwise.server.organization.OrganizationService;
import io.slotwise.server.security.Role;
import io.slotwise.server.login.AccessTokens;
import io.slotwise.server.venue.VenueService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the data a test needs through the real services, and checks the capacity invariant. */
@Component
public class Fixtures {

    /** A schedule with no opening hours: activities made with it get only the sessions a test adds. */
    public static final Schedule NO_HOURS = new Schedule(List.of(), "10:00", "22:00", 60, Map.of(), List.of());

    private final java.util.Map<UUID, UUID> ownerOfOrganization = new java.util.concurrent.ConcurrentHashMap<>();
    private final OrganizationService organizations;
    private final AccessTokens tokens;
    private final KioskDeviceService kiosks;
    private final VenueService venues;
    private final ActivityService activities;
    private final ResourceService resources;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final List<ChangedVenues> changedVenues;

    Fixtures(OrganizationService organizations, VenueService venues, ActivityService activities, ResourceService resources,
            JdbcClient jdbc, Clock clock, AccessTokens tokens, KioskDeviceService kiosks, List<ChangedVenues> changedVenues) {
        this.changedVenues = changedVenues;
        this.resources = resources;
        this.organizations = organizations;
        this.tokens = tokens;
        this.kiosks = kiosks;
        this.venues = venues;
        this.activities = activities;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public VenueDetails venue(String zone) {
        UUID organization = organizations.create("Org " + UUID.randomUUID());
        return venues.create(organization, new VenueRequest("Venue", zone, List.of("https://escape.example")));
    }

    /** A bearer token of the organization's owner (created on first use). */
    public String ownerTokenOfOrganization(UUID organizationId) {
        UUID owner = ownerOfOrganization.computeIfAbsent(organizationId, org -> member(org, Role.OWNER));
        return tokens.issue(owner, 0).token();
    }

    /** A bearer token of the owner of the venue's organization. */
    public String ownerToken(UUID venueId) {
        return ownerTokenOfOrganization(venues.get(venueId).organizationId());
    }

    /** A bearer token of a new STAFF member of the venue's organization. */
    public String staffToken(UUID venueId) {
        return tokens.issue(member(venues.get(venueId).organizationId(), Role.STAFF), 0).token();
    }

    /** A new member of the organization, with a fast password hash being irrelevant here. */
    public UUID member(UUID organizationId, Role role) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@staff.example";
        return organizations.addMember(organizationId, email, "Member", "password-" + email, role).id();
    }

    /** A kiosk device token of the venue. */
    public String kioskToken(UUID venueId) {
        return kiosks.register(venueId, new KioskDeviceRequest("Kiosk")).token();
    }

    public UUID venueOfSession(UUID sessionId) {
        return jdbc.sql("SELECT a.venue_id FROM activity_sessions s JOIN activities a ON a.id = s.activity_id WHERE s.id = :id")
                .param("id", sessionId).query(UUID.class).single();
    }

    public ActivityRequest activityRequest(int capacity, int minParty, int maxParty, PaymentMode mode, Schedule schedule) {
        return new ActivityRequest("Room " + UUID.randomUUID().toString().substring(0, 8), "A room", 60, 2500L, "EUR",
                minParty, maxParty, capacity, mode, null, schedule, true);
    }

    public ActivityDetails activity(int capacity, int minParty, int maxParty, PaymentMode mode) {
        VenueDetails venue = venue("Europe/Berlin");
        return activities.create(venue.id(), activityRequest(capacity, minParty, maxParty, mode, NO_HOURS));
    }

    /** A pay-at-venue activity (party 1-8) of the venue on the schedule. */
    public ActivityDetails activityOn(UUID venueId, io.slotwise.common.api.Schedule schedule) {
        return activities.create(venueId, activityRequest(8, 1, 8, PaymentMode.PAY_AT_VENUE, schedule));
    }

    /** As {@link #activityIn}, telling its customers what to bring. */
    public ActivityDetails activityBringing(String zone, String whatToBring) {
        ActivityRequest r = activityRequest(8, 1, 8, PaymentMode.PAY_AT_VENUE, NO_HOURS);
        return activities.create(venue(zone).id(), new ActivityRequest(r.name(), r.description(), r.durationMinutes(), r.price(),
                r.currency(), r.minPartySize(), r.maxPartySize(), r.capacity(), r.paymentMode(), null, r.schedule(), true, null, null,
                null, null, null, null, null, whatToBring));
    }

    /** An open pay-at-venue activity (party 1-8) at a new venue in {@code zone}. */
    public ActivityDetails activityIn(String zone) {
        VenueDetails venue = venue(zone);
        return activities.create(venue.id(), activityRequest(8, 1, 8, PaymentMode.PAY_AT_VENUE, NO_HOURS));
    }

    /** A shared resource (a room) of the venue. */
    public UUID resource(UUID venueId, String name) {
        return resources.create(venueId, new ResourceRequest(name)).id();
    }

    /**
     * An activity of the venue sold as {@code mode}, {@code minutes} long, for parties of
     * {@code minParty} to {@code maxParty} (the room's size), using {@code resourceIds} with
     * {@code bufferMinutes} of reset after each session; 25.00 EUR per person.
     */
    public ActivityDetails sellingActivity(UUID venueId, String name, int minutes, BookingMode mode, int minParty, int maxParty,
            List<UUID> resourceIds, int bufferMinutes, List<PriceCategory> categories, List<GroupPrice> groupPrices) {
        return activities.create(venueId, new ActivityRequest(name, "", minutes, 2500L, "EUR", minParty, maxParty, maxParty,
                PaymentMode.PAY_AT_VENUE, null, NO_HOURS, true, null, mode, categories, groupPrices, resourceIds, bufferMinutes, null));
    }

    /** A session of the activity starting {@code startsIn} from the test clock's now. */
    public UUID session(ActivityDetails activity, Duration startsIn, int capacity) {
        UUID id = UUID.randomUUID();
        Instant start = clock.instant().plus(startsIn);
        jdbc.sql("""
                INSERT INTO activity_sessions (id, activity_id, start_time, end_time, capacity_total, capacity_remaining, status)
                VALUES (:id, :activity, :start, :end, :capacity, :capacity, 'OPEN')""")
                .param("id", id)
                .param("activity", activity.id())
                .param("start", start.atOffset(ZoneOffset.UTC))
                .param("end", start.plus(Duration.ofMinutes(activity.durationMinutes())).atOffset(ZoneOffset.UTC))
                .param("capacity", capacity)
                .update();
        changedBehindTheServersBack(activity.venueId());
        return id;
    }

    /** A session of the activity starting at {@code start}. */
    public UUID sessionAt(ActivityDetails activity, Instant start, int capacity) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO activity_sessions (id, activity_id, start_time, end_time, capacity_total, capacity_remaining, status)
                VALUES (:id, :activity, :start, :end, :capacity, :capacity, 'OPEN')""")
                .param("id", id)
                .param("activity", activity.id())
                .param("start", start.atOffset(ZoneOffset.UTC))
                .param("end", start.plus(Duration.ofMinutes(activity.durationMinutes())).atOffset(ZoneOffset.UTC))
                .param("capacity", capacity)
                .update();
        changedBehindTheServersBack(activity.venueId());
        return id;
    }

    /**
     * Written here straight into the database, which the server's own changes never are: its
     * cached public answers of the venue must go, as a committed change of the venue would make them.
     */
    public void changedBehindTheServersBack(UUID venueId) {
        changedVenues.forEach(c -> c.changed(java.util.Set.of(venueId)));
    }

    /** A bookable session: an open activity (party 1-8, pay at venue) with one session in two hours. */
    public UUID openSession(int capacity) {
        return session(activity(capacity, 1, Math.min(8, capacity), PaymentMode.PAY_AT_VENUE), Duration.ofHours(2), capacity);
    }

    /** The venue-local day a session starts on. */
    public java.time.LocalDate dayOf(UUID sessionId) {
        return jdbc.sql("""
                SELECT s.start_time, v.timezone FROM activity_sessions s JOIN activities a ON a.id = s.activity_id
                JOIN venues v ON v.id = a.venue_id WHERE s.id = :id""").param("id", sessionId)
                .query((rs, n) -> rs.getObject("start_time", java.time.OffsetDateTime.class).atZoneSameInstant(
                        java.time.ZoneId.of(rs.getString("timezone"))).toLocalDate()).single();
    }

    public UUID activityOfSession(UUID sessionId) {
        return jdbc.sql("SELECT activity_id FROM activity_sessions WHERE id = :id").param("id", sessionId).query(UUID.class).single();
    }

    public int remaining(UUID sessionId) {
        return jdbc.sql("SELECT capacity_remaining FROM activity_sessions WHERE id = :id").param("id", sessionId)
                .query(Integer.class).single();
    }

    public int total(UUID sessionId) {
        return jdbc.sql("SELECT capacity_total FROM activity_sessions WHERE id = :id").param("id", sessionId)
                .query(Integer.class).single();
    }

    public String holdStatus(UUID holdId) {
        return jdbc.sql("SELECT status FROM slot_reservations WHERE id = :id").param("id", holdId)
                .query(String.class).single();
    }

    public String bookingNumberOfHold(UUID holdId) {
        return jdbc.sql("SELECT booking_number FROM bookings WHERE reservation_id = :id").param("id", holdId)
                .query(String.class).single();
    }

    public int bookingsOfHold(UUID holdId) {
        return jdbc.sql("SELECT COUNT(*) FROM bookings WHERE reservation_id = :id").param("id", holdId)
                .query(Integer.class).single();
    }

    /**
     * The capacity invariant of the architecture, for every session in the database:
     * remaining = total - seats of HELD and CONFIRMED holds whose booking is not cancelled.
     */
    public void assertCapacityInvariant() {
        List<String> broken = jdbc.sql("""
                SELECT s.id, s.capacity_total, s.capacity_remaining,
                       COALESCE((SELECT SUM(r.party_size) FROM slot_reservations r
                                 LEFT JOIN bookings b ON b.reservation_id = r.id
                                 WHERE r.session_id = s.id
                                   AND (r.status = 'HELD' OR (r.status = 'CONFIRMED' AND (b.status IS NULL OR b.status <> 'CANCELLED')))), 0) AS used
                FROM activity_sessions s""")
                .query((rs, n) -> rs.getInt("capacity_remaining") == rs.getInt("capacity_total") - rs.getInt("used")
                        ? null
                        : rs.getObject("id") + ": total " + rs.getInt("capacity_total") + ", remaining "
                                + rs.getInt("capacity_remaining") + ", used " + rs.getInt("used"))
                .list()
                .stream().filter(java.util.Objects::nonNull).toList();
        assertThat(broken).as("sessions breaking the capacity invariant").isEmpty();
        assertResourceInvariant();
    }

    /**
     * The shared-resource invariant: no resource is occupied by two sessions over overlapping
     * windows; a session of an activity with resources occupies each of them exactly while it has
     * seats held or booked; a private session has at most one live party.
     */
    public void assertResourceInvariant() {
        List<String> doubled = jdbc.sql("""
                SELECT o1.resource_id, o1.session_id AS first_session, o2.session_id AS second_session
                FROM resource_occupancy o1 JOIN resource_occupancy o2
                  ON o1.resource_id = o2.resource_id AND o1.session_id < o2.session_id
                 AND o1.starts_at < o2.ends_at AND o2.starts_at < o1.ends_at""")
                .query((rs, n) -> rs.getObject("resource_id") + ": " + rs.getObject("first_session") + " and " + rs.getObject("second_session"))
                .list();
        assertThat(doubled).as("resources occupied twice over overlapping windows").isEmpty();
        List<String> mismatched = jdbc.sql("""
                SELECT s.id, s.capacity_total, s.capacity_remaining, ar.resource_id,
                       (SELECT COUNT(*) FROM resource_occupancy o WHERE o.session_id = s.id AND o.resource_id = ar.resource_id) AS held
                FROM activity_sessions s JOIN activity_resources ar ON ar.activity_id = s.activity_id""")
                .query((rs, n) -> (rs.getInt("capacity_remaining") < rs.getInt("capacity_total")) == (rs.getInt("held") == 1)
                        ? null
                        : rs.getObject("id") + " on " + rs.getObject("resource_id") + ": remaining " + rs.getInt("capacity_remaining")
                                + " of " + rs.getInt("capacity_total") + ", occupancy rows " + rs.getInt("held"))
                .list().stream().filter(java.util.Objects::nonNull).toList();
        assertThat(mismatched).as("sessions whose occupancy does not match their seats").isEmpty();
        List<String> shared = jdbc.sql("""
                SELECT s.id, COUNT(*) AS parties
                FROM activity_sessions s JOIN activities a ON a.id = s.activity_id
                JOIN slot_reservations r ON r.session_id = s.id
                LEFT JOIN bookings b ON b.reservation_id = r.id
                WHERE a.booking_mode = 'PRIVATE'
                  AND (r.status = 'HELD' OR (r.status = 'CONFIRMED' AND (b.status IS NULL OR b.status <> 'CANCELLED')))
                GROUP BY s.id HAVING COUNT(*) > 1""")
                .query((rs, n) -> rs.getObject("id") + ": " + rs.getInt("parties") + " parties").list();
        assertThat(shared).as("private sessions with more than one party").isEmpty();
    }
}
