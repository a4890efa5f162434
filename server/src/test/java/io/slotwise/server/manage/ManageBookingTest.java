package io.slotwise.server.manage;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.server.booking.ManageTokens;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.DatabaseTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Manage my booking through the public API, with the secret of the mailed link. */
class ManageBookingTest extends DatabaseTest {

    @Autowired
    ManageTokens manageTokens;

    ActivityDetails activity;
    UUID session;

    @BeforeEach
    void activityWithTimes() {
        activity = fixtures.activity(8, 1, 8, io.slotwise.common.api.PaymentMode.PAY_AT_VENUE);
        session = fixtures.session(activity, Duration.ofDays(3), 8);
    }

    @AfterEach
    void invariantHolds() {
        fixtures.assertCapacityInvariant();
    }

    record Booked(String id, String number, String token) {
    }

    private Booked book(UUID on, int party) {
        JsonNode held = api().post("/api/v1/public/reservations", map("sessionId", on, "partySize", party,
                "email", "manage-" + UUID.randomUUID() + "@example.com")).json();
        JsonNode booking = api().post("/api/v1/public/reservations/" + held.path("id").asString() + "/confirm",
                map("customerName", "Kim"), "X-Hold-Token", held.path("holdToken").asString()).json();
        String id = booking.path("id").asString();
        return new Booked(id, booking.path("bookingNumber").asString(), manageTokens.tokenFor(UUID.fromString(id)));
    }

    private Api.Response get(Booked b, String token) {
        return api().get("/api/v1/public/bookings/" + b.number(), "X-Manage-Token", token);
    }

    @Test
    void theLinkShowsTheBookingAndWhatItsCustomerMayDo() {
        Booked booked = book(session, 3);

        JsonNode view = get(booked, booked.token()).json();

        assertThat(view.path("bookingNumber").asString()).isEqualTo(booked.number());
        assertThat(view.path("activityName").asString()).isEqualTo(activity.name());
        assertThat(view.path("partySize").asInt()).isEqualTo(3);
        assertThat(view.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(view.path("reschedulable").asBoolean()).isTrue();
        assertThat(view.path("refundOnCancel").asLong()).as("paid at the venue: nothing to refund").isZero();
        assertThat(view.path("cancellableUntil").asString()).isEqualTo(view.path("startTime").asString());
    }

    @Test
    void aWrongTokenLooksExactlyLikeAnUnknownBooking() {
        Booked booked = book(session, 2);
        Booked other = book(session, 1);

        Api.Response wrong = get(booked, "not-the-token");
        Api.Response anothersToken = get(booked, other.token());
        Api.Response none = api().get("/api/v1/public/bookings/" + booked.number());
        Api.Response unknown = api().get("/api/v1/public/bookings/SW-ZZZZZZ", "X-Manage-Token", booked.token());

        for (Api.Response r : List.of(wrong, anothersToken, none, unknown)) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.code()).isEqualTo("NOT_FOUND");
            assertThat(r.json().path("detail").asString()).isEqualTo(unknown.json().path("detail").asString());
        }
        assertThat(api().post("/api/v1/public/bookings/" + booked.number() + "/cancel", "", "X-Manage-Token", other.token())
                .status()).isEqualTo(404);
        assertThat(fixtures.remaining(session)).as("nothing cancelled").isEqualTo(5);
    }

    @Test
    void theCustomerCancelsUntilTheStartAndTheSeatsComeBack() {
        Booked booked = book(session, 2);

        Api.Response cancelled = api().post("/api/v1/public/bookings/" + booked.number() + "/cancel", "",
                "X-Manage-Token", booked.token());

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(fixtures.remaining(session)).isEqualTo(8);
        assertThat(api().post("/api/v1/public/bookings/" + booked.number() + "/cancel", "", "X-Manage-Token", booked.token())
                .status()).as("cancelling twice changes nothing").isEqualTo(200);

        Booked late = book(session, 1);
        clock.advance(Duration.ofDays(3).plusMinutes(1)); // the session has started
        Api.Response tooLate = api().post("/api/v1/public/bookings/" + late.number() + "/cancel", "", "X-Manage-Token", late.token());
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.code()).isEqualTo("BOOKING_NOT_CHANGEABLE");
    }

    @Test
    void rescheduleTakesTheNewSeatsBeforeGivingTheOldOnesBack() {
        Booked booked = book(session, 3);
        UUID full = fixtures.session(activity, Duration.ofDays(4), 2);
        UUID free = fixtures.session(activity, Duration.ofDays(5), 8);

        Api.Response intoFull = reschedule(booked, full);
        assertThat(intoFull.status()).isEqualTo(409);
        assertThat(intoFull.code()).isEqualTo("INSUFFICIENT_CAPACITY");
        assertThat(fixtures.remaining(session)).as("the booking stays where it was").isEqualTo(5);

        String before = get(booked, booked.token()).json().path("startTime").asString();
        Api.Response moved = reschedule(booked, free);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(fixtures.remaining(session)).isEqualTo(8);
        assertThat(fixtures.remaining(free)).isEqualTo(5);
        assertThat(moved.json().path("startTime").asString()).isNotEqualTo(before);

        UUID otherActivity = fixtures.openSession(8);
        assertThat(reschedule(booked, otherActivity).code()).isEqualTo("VALIDATION_FAILED");
        clock.advance(Duration.ofDays(4).plusHours(1)); // past the refund deadline of the new time
        assertThat(reschedule(booked, fixtures.session(activity, Duration.ofDays(2), 8)).code()).isEqualTo("BOOKING_NOT_CHANGEABLE");
    }

    @Test
    void concurrentReschedulesIntoTheLastSeatsNeverOversell() throws Exception {
        UUID last = fixtures.session(activity, Duration.ofDays(4), 4);
        List<Booked> movers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            movers.add(book(session, i < 2 ? 2 : 1));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> outcomes = new ArrayList<>();
        for (Booked mover : movers) {
            Callable<Integer> move = () -> {
                go.await();
                return reschedule(mover, last).status();
            };
            outcomes.add(pool.submit(move));
        }
        go.countDown();
        int seatsMoved = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            int status = outcomes.get(i).get();
            assertThat(status).isIn(200, 409);
            if (status == 200) {
                seatsMoved += i < 2 ? 2 : 1;
            }
        }
        pool.shutdown();

        assertThat(seatsMoved).isLessThanOrEqualTo(4);
        assertThat(fixtures.remaining(last)).isEqualTo(4 - seatsMoved);
        assertThat(fixtures.remaining(session)).isEqualTo(8 - 8 + seatsMoved);
    }

    @Test
    void theDeskMovesABookingForACallerWithoutTheCustomersLink() {
        Booked booked = book(session, 2);
        UUID later = fixtures.session(activity, Duration.ofDays(6), 8);
        String staff = fixtures.staffToken(activity.venueId());

        Api.Response moved = api().as(staff).post("/api/v1/bookings/" + booked.id() + "/reschedule", map("sessionId", later));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().path("sessionId").asString()).isEqualTo(later.toString());
        assertThat(api().post("/api/v1/bookings/" + booked.id() + "/reschedule", map("sessionId", session)).status())
                .as("not without a login").isEqualTo(401);
    }

    private Api.Response reschedule(Booked booked, UUID to) {
        return api().post("/api/v1/public/bookings/" + booked.number() + "/reschedule", map("sessionId", to),
                "X-Manage-Token", booked.token());
    }
}
