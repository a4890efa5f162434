package io.slotwise.common.testing;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.ActivityRequest;
import io.slotwise.common.api.IssuedKioskDevice;
import io.slotwise.common.api.LoginResponse;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.Schedule;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.api.VenueRequest;
import io.slotwise.common.client.SlotwiseClient;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A venue made through the staff API for a test: one activity with sessions every half hour from
 * 08:00 to 22:00 today and the next days, and a kiosk device. The venue's time zone is chosen so
 * that it is early morning there now, whenever the test runs: every session of "today" is still
 * ahead.
 */
public record TestVenue(UUID organizationId, VenueDetails venue, ActivityDetails activity, String kioskToken,
        LocalDate today) {

    /** Creates it as the server's owner; {@code owner} stays logged in. */
    public static TestVenue create(SlotwiseClient owner, String name, int capacity, long price) {
        return create(owner, name, capacity, price, PaymentMode.PAY_AT_VENUE);
    }

    /** As {@link #create(SlotwiseClient, String, int, long)}, with an activity paid as {@code mode} says. */
    public static TestVenue create(SlotwiseClient owner, String name, int capacity, long price, PaymentMode mode) {
        LoginResponse login = owner.staff().login(ServerProcess.OWNER_EMAIL, ServerProcess.OWNER_PASSWORD);
        UUID organization = login.memberships().get(0).organizationId();
        ZoneId zone = earlyMorningZone();
        VenueDetails venue = owner.staff().createVenue(organization, new VenueRequest(name, zone.getId(), List.of()));
        Schedule everyHalfHour = new Schedule(
                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                "08:00", "22:00", 30, Map.of(), List.of());
        ActivityDetails activity = owner.staff().createActivity(venue.id(), new ActivityRequest(name + " room", "A room for tests",
                30, price, "EUR", 1, capacity, capacity, mode, null, everyHalfHour, true));
        LocalDate today = LocalDate.now(zone);
        owner.staff().generateSessions(activity.id(), today, 3);
        IssuedKioskDevice kiosk = owner.admin().registerKioskDevice(venue.id(), "Lobby kiosk");
        return new TestVenue(organization, venue, activity, kiosk.token(), today);
    }

    /** A fixed-offset zone where the time now is between 04:00 and 05:00. */
    static ZoneId earlyMorningZone() {
        return earlyMorningZone(java.time.Instant.now());
    }

    /** A fixed-offset zone where the time at {@code now} is between 04:00 and 05:00: the fixture's zone at any hour. */
    public static ZoneId earlyMorningZone(java.time.Instant now) {
        int utcHour = now.atZone(ZoneId.of("UTC")).getHour();
        int ahead = Math.floorMod(4 - utcHour + 12, 24) - 12; // within -12..+11 hours
        // Etc/GMT zones name the offset with the opposite sign: Etc/GMT-5 is five hours ahead of UTC.
        return ZoneId.of(ahead == 0 ? "Etc/UTC" : "Etc/GMT" + (ahead > 0 ? "-" : "+") + Math.abs(ahead));
    }

    /** The first session's start today, in the venue's zone. */
    public static LocalTime firstStart() {
        return LocalTime.of(8, 0);
    }
}
