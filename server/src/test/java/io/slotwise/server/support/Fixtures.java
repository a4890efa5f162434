package io.slotwise.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.ActivityRequest;
import io.slotwise.common.api.KioskDeviceRequest;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.Schedule;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.api.VenueRequest;
import io.slotwise.server.activity.ActivityService;
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
    private final JdbcClient jdbc;
    private final Clock clock;

    Fixtures(OrganizationService organizations, VenueService venues, ActivityService activities, JdbcClient jdbc,
            Clock clock, AccessTokens tokens, KioskDeviceService kiosks) {
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

    /** An open pay-at-venue activity (party 1-8) at a new venue in {@code zone}. */
    public ActivityDetails activityIn(String zone) {
        VenueDetails venue = venue(zone);
        return activities.create(venue.id(), activityRequest(8, 1, 8, PaymentMode.PAY_AT_VENUE, NO_HOURS));
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
        return id;
    }

    /** A bookable session: an open activity (party 1-8, pay at venue) with one session in two hours. */
    public UUID openSession(int capacity) {
        return session(activity(capacity, 1, Math.min(8, capacity), PaymentMode.PAY_AT_VENUE), Duration.ofHours(2), capacity);
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
    }
}
