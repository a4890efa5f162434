package io.slotwise.admin.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.admin.bookings.BookingsModel;
import io.slotwise.admin.bookings.NewBookingModel;
import io.slotwise.admin.dashboard.DashboardModel;
import io.slotwise.admin.sessions.SessionsModel;
import io.slotwise.common.api.LoginResponse;
import io.slotwise.common.client.SlotwiseClient;
import io.slotwise.common.fx.Async;
import io.slotwise.common.testing.TestVenue;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page opens on the venue's today, at the day boundary and at every hour, whatever zone the
 * desk's computer is in. The desk's clock is fixed; the server is a stand-in that records what
 * the pages ask for.
 */
class VenueTodayTest {

    /** The desk's own zone: its computer is set to UTC. */
    static final ZoneId DESK = ZoneOffset.UTC;
    /** Eleven hours ahead of the desk, all year. */
    static final ZoneId AHEAD = ZoneId.of("Pacific/Noumea");
    /** Ten hours behind the desk, all year. */
    static final ZoneId BEHIND = ZoneId.of("Pacific/Honolulu");
    static final UUID ORGANIZATION = UUID.randomUUID();

    final MockWebServer server = new MockWebServer();
    final List<String> asked = new CopyOnWriteArrayList<>();
    List<Venue> venues = List.of();
    TimeZone deskZone;
    AdminSession session;

    record Venue(UUID id, ZoneId zone) {
        String json() {
            return """
                    {"id":"%s","organizationId":"%s","name":"Venue in %s","timezone":"%s","embedKey":"k-%s",
                     "allowedOrigins":[],"createdAt":"2027-01-01T00:00:00Z"}""".formatted(id, ORGANIZATION, zone, zone, id);
        }
    }

    @BeforeEach
    void start() throws IOException {
        deskZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(DESK)); // the computer's zone, which the app must not follow
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String target = request.getTarget();
                asked.add(target);
                if (target.startsWith("/api/v1/organizations/")) {
                    return json("[" + String.join(",", venues.stream().map(Venue::json).toList()) + "]");
                }
                if (target.contains("/sessions?") || target.contains("/bookings?") || target.contains("/activities")
                        || target.contains("upcoming-bookings")) {
                    return json("[]");
                }
                return new MockResponse.Builder().code(404).build();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        if (session != null) {
            session.close();
        }
        server.close();
        TimeZone.setDefault(deskZone);
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    /** Logs in at {@code now} on the desk's clock; the first venue is opened. */
    private AdminSession deskAt(Instant now, Venue... list) {
        venues = List.of(list);
        SlotwiseClient client = SlotwiseClient.builder(server.url("/").toString()).build();
        LoginResponse login = new LoginResponse("token", now.plusSeconds(3600),
                new LoginResponse.User(UUID.randomUUID(), "desk@example.com", "Desk"),
                List.of(new LoginResponse.Membership(ORGANIZATION, "Venues", "OWNER")));
        session = new AdminSession(client, login, new Async(Runnable::run, Runnable::run), Clock.fixed(now, DESK), null);
        assertThat(session.venue()).isNotNull();
        assertThat(client.serverClockAhead()).as("the stand-in sends no Date, so the desk's clock stands").isEmpty();
        return session;
    }

    private static Instant at(ZoneId zone, LocalDate date, int hour, int minute) {
        return date.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
    }

    static Stream<Arguments> dayBoundaries() {
        LocalDate day = LocalDate.of(2027, 3, 10);
        return Stream.of(AHEAD, BEHIND).flatMap(zone -> Stream.of(
                Arguments.of(zone, at(zone, day, 23, 30), day),
                Arguments.of(zone, at(zone, day.plusDays(1), 0, 30), day.plusDays(1))));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("dayBoundaries")
    void everyPageOpensOnTheVenuesTodayEitherSideOfMidnight(ZoneId venueZone, Instant now, LocalDate venueToday) {
        AdminSession desk = deskAt(now, new Venue(UUID.randomUUID(), venueZone));

        SessionsModel board = new SessionsModel(desk);
        board.open();
        BookingsModel bookings = new BookingsModel(desk, null);
        bookings.search();
        NewBookingModel newBooking = new NewBookingModel(desk, booking -> { });
        newBooking.load();
        asked.clear();
        new DashboardModel(desk).load();

        assertThat(desk.today()).isEqualTo(venueToday);
        assertThat(board.dayProperty().get()).isEqualTo(venueToday);
        assertThat(board.from()).isEqualTo(venueToday);
        assertThat(bookings.fromProperty().get()).isEqualTo(venueToday);
        assertThat(newBooking.dateProperty().get()).isEqualTo(venueToday);
        assertThat(asked).as("the dashboard's today").anyMatch(t -> t.contains("/sessions?from=" + venueToday + "&to=" + venueToday));
    }

    static IntStream utcHours() {
        return IntStream.range(0, 24);
    }

    @ParameterizedTest(name = "{0}:50 UTC")
    @MethodSource("utcHours")
    void theBoardOpensOnTheTestVenuesDateAtEveryHour(int utcHour) {
        // The end-to-end tests' venue is where it is early morning now: at 17:50 UTC that is UTC+11, already tomorrow.
        Instant now = LocalDate.of(2027, 3, 10).atTime(utcHour, 50).toInstant(ZoneOffset.UTC);
        ZoneId zone = TestVenue.earlyMorningZone(now);
        AdminSession desk = deskAt(now, new Venue(UUID.randomUUID(), zone));

        SessionsModel board = new SessionsModel(desk);
        board.open();

        LocalDate venueToday = LocalDate.ofInstant(now, zone);
        assertThat(board.dayProperty().get()).isEqualTo(venueToday);
        assertThat(asked).anyMatch(t -> t.contains("/sessions?from=" + venueToday + "&to=" + venueToday));
    }

    @Test
    void switchingVenueOpensTheBoardAndSearchOnTheNewVenuesToday() {
        // 13:30 UTC: 00:30 tomorrow eleven hours ahead, 03:30 today ten hours behind.
        Instant now = Instant.parse("2027-03-10T13:30:00Z");
        Venue ahead = new Venue(UUID.randomUUID(), AHEAD);
        Venue behind = new Venue(UUID.randomUUID(), BEHIND);
        AdminSession desk = deskAt(now, ahead, behind);
        SessionsModel board = new SessionsModel(desk);
        BookingsModel bookings = new BookingsModel(desk, null);
        board.open();
        bookings.search();
        assertThat(board.dayProperty().get()).isEqualTo(LocalDate.of(2027, 3, 11));
        assertThat(bookings.fromProperty().get()).isEqualTo(LocalDate.of(2027, 3, 11));

        desk.venueProperty().set(desk.venues().get(1));
        board.open();
        bookings.search();

        assertThat(board.dayProperty().get()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(bookings.fromProperty().get()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(asked).anyMatch(t -> t.contains("/venues/" + behind.id() + "/sessions?from=2027-03-10&to=2027-03-10"));
    }

    @Test
    void aDayChosenByStaffIsKeptWhileTheyStayOnTheVenue() {
        AdminSession desk = deskAt(Instant.parse("2027-03-10T13:30:00Z"), new Venue(UUID.randomUUID(), AHEAD));
        SessionsModel board = new SessionsModel(desk);
        board.open();

        board.dayProperty().set(LocalDate.of(2027, 3, 20));
        board.open();

        assertThat(board.dayProperty().get()).isEqualTo(LocalDate.of(2027, 3, 20));
    }
}
