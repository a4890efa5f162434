package io.slotwise.server.demo;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.ActivityRequest;
import io.slotwise.common.api.BookingMode;
import io.slotwise.common.api.GroupPrice;
import io.slotwise.common.api.PriceCategory;
import io.slotwise.common.api.ResourceRequest;
import io.slotwise.server.resource.ResourceService;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.KioskDeviceRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.Schedule;
import io.slotwise.common.api.Schedule.DayHours;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.api.VenueRequest;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.kiosk.KioskDeviceService;
import io.slotwise.server.organization.OrganizationService;
import io.slotwise.server.security.Role;
import io.slotwise.server.reservation.HoldService;
import io.slotwise.server.session.SessionService;
import io.slotwise.server.venue.VenueService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo data of the architecture document: "Demo Escape Rooms" with venue "Downtown" (embed
 * key {@code demo}), three activities, sessions 30 days ahead, a kiosk device and a few bookings;
 * and "Rival Axe Throwing" (embed key {@code rival}) to show that organizations are separate.
 * Everything goes through the same services as real requests.
 */
@Component
class DemoData {

    static final String OWNER_EMAIL = "owner@demo.slotwise.io";
    static final String OWNER_PASSWORD = "demo-owner";
    static final String RIVAL_EMAIL = "owner@rival.slotwise.io";
    static final String RIVAL_PASSWORD = "rival-owner";
    static final String KIOSK_TOKEN = "kiosk_demo_downtown";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final OrganizationService organizations;
    private final VenueService venues;
    private final io.slotwise.server.activity.ActivityService activities;
    private final SessionService sessions;
    private final HoldService holds;
    private final BookingService bookings;
    private final KioskDeviceService kiosks;
    private final ResourceService resources;
    private final Clock clock;

    DemoData(OrganizationService organizations, VenueService venues, io.slotwise.server.activity.ActivityService activities,
            SessionService sessions, HoldService holds, BookingService bookings, KioskDeviceService kiosks, ResourceService resources,
            Clock clock) {
        this.resources = resources;
        this.organizations = organizations;
        this.venues = venues;
        this.activities = activities;
        this.sessions = sessions;
        this.holds = holds;
        this.bookings = bookings;
        this.kiosks = kiosks;
        this.clock = clock;
    }

    /** Loads the demo data if the database has no organization yet; true if it did. */
    boolean loadIfEmpty() {
        if (organizations.anyExist()) {
            return false;
        }
        UUID demo = organizations.create("Demo Escape Rooms");
        organizations.addMember(demo, OWNER_EMAIL, "Demo Owner", OWNER_PASSWORD, Role.OWNER);
        VenueDetails downtown = venues.createWithEmbedKey(demo,
                new VenueRequest("Downtown", ZONE.getId(), List.of("http://localhost:8080")), "demo");
        // Escape rooms are sold whole to one group, priced by its size, with 15 minutes to reset the room.
        UUID tombRoom = resources.create(downtown.id(), new ResourceRequest("Tomb room")).id();
        UUID labRoom = resources.create(downtown.id(), new ResourceRequest("Basement lab")).id();
        ActivityDetails tomb = activities.create(downtown.id(), new ActivityRequest("The Pharaoh's Tomb",
                "Sixty minutes to escape a sealed burial chamber. Great for first-timers.", 60, 2800L, "EUR", 2, 6, 6,
                PaymentMode.PAY_AT_VENUE, null,
                new Schedule(List.of("Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), "10:00", "22:00", 90,
                        Map.of("Friday", new DayHours(true, "12:00", "01:00"), "Saturday", new DayHours(true, "10:00", "01:00")),
                        List.of()),
                true, null, BookingMode.PRIVATE, null, groupPrices(2, 6000L, 7800L, 9600L, 11000L, 12600L), List.of(tombRoom), 15, null));
        ActivityDetails lab = activities.create(downtown.id(), new ActivityRequest("Zombie Lab",
                "The outbreak started in the basement lab. Find the cure in 75 minutes.", 75, 3200L, "EUR", 2, 8, 8,
                PaymentMode.PREPAY, null,
                new Schedule(List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), "12:00", "23:00", 90,
                        Map.of("Monday", new DayHours(false, null, null)), List.of(LocalDate.now(clock.withZone(ZONE)).withMonth(12).withDayOfMonth(25).toString())),
                true, null, BookingMode.PRIVATE, null,
                groupPrices(2, 6400L, 8700L, 10800L, 12500L, 14400L, 16100L, 17600L), List.of(labRoom), 15, null));
        activities.create(downtown.id(), new ActivityRequest("Kids' Treasure Hunt",
                "A pirate treasure hunt for ages 6 to 11, several families per session.", 45, 1500L, "EUR", 1, 10, 12,
                PaymentMode.PREPAY, null,
                new Schedule(List.of("Saturday", "Sunday"), "09:00", "13:00", 60,
                        Map.of("Wednesday", new DayHours(true, "14:00", "18:00")), List.of()),
                true, null, BookingMode.SHARED, List.of(new PriceCategory("child", "Child (6-11)", 1500L),
                        new PriceCategory("adult", "Accompanying adult", 800L)), null, null, null, null));
        kiosks.register(downtown.id(), new KioskDeviceRequest("Lobby kiosk"), KIOSK_TOKEN);

        UUID rival = organizations.create("Rival Axe Throwing");
        organizations.addMember(rival, RIVAL_EMAIL, "Rival Owner", RIVAL_PASSWORD, Role.OWNER);
        VenueDetails yard = venues.createWithEmbedKey(rival,
                new VenueRequest("Axe Yard", ZONE.getId(), List.of()), "rival");
        activities.create(yard.id(), new ActivityRequest("Axe Throwing Lane", "One lane, one coach, up to eight throwers.",
                60, 2000L, "EUR", 1, 8, 8, PaymentMode.PAY_AT_VENUE, null,
                new Schedule(List.of("Wednesday", "Thursday", "Friday", "Saturday", "Sunday"), "16:00", "23:00", 60, Map.of(), List.of()),
                true));

        bookSome(tomb, lab);
        return true;
    }

    /** Group prices for the party sizes from {@code smallest} up, one per size. */
    private static List<GroupPrice> groupPrices(int smallest, long... totals) {
        List<GroupPrice> prices = new java.util.ArrayList<>();
        for (int i = 0; i < totals.length; i++) {
            prices.add(new GroupPrice(smallest + i, totals[i]));
        }
        return prices;
    }

    /** A few bookings spread over the last week, so the dashboard has something to show. */
    private void bookSome(ActivityDetails tomb, ActivityDetails lab) {
        String[][] guests = {
                {"maria.schmidt@example.com", "Maria Schmidt", "+49 30 1234567"},
                {"jonas.weber@example.com", "Jonas Weber", "+49 30 2345678"},
                {"lea.fischer@example.com", "Lea Fischer", ""},
                {"tom.becker@example.com", "Tom Becker", "+49 151 3456789"},
                {"sara.koch@example.com", "Sara Koch", ""},
                {"ali.yilmaz@example.com", "Ali Yilmaz", "+49 160 4567890"},
        };
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        List<SessionView> tombSessions = sessions.publicSessions(tomb.id(), today.plusDays(1), today.plusDays(14));
        List<SessionView> labSessions = sessions.publicSessions(lab.id(), today.plusDays(1), today.plusDays(14));
        for (int i = 0; i < guests.length; i++) {
            List<SessionView> pool = i % 2 == 0 ? tombSessions : labSessions;
            if (pool.isEmpty()) {
                continue;
            }
            SessionView session = pool.get((i * 7) % pool.size());
            var hold = holds.hold(new HoldRequest(session.id(), 2 + i % 3, guests[i][0]), null);
            var booking = holds.confirmByStaff(hold.id(), new ConfirmRequest(guests[i][1], guests[i][2],
                    i % 2 == 0 ? PaymentMethod.PAY_AT_VENUE : PaymentMethod.CARD), false);
            // Booked over the last days rather than all at start-up, as a real week would look.
            bookings.backdate(booking.id(), clock.instant().minus(java.time.Duration.ofDays(i)));
        }
    }
}
