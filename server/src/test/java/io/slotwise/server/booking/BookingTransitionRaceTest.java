package io.slotwise.server.booking;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two desk requests on one booking at the same instant, over HTTP, on H2 and PostgreSQL: every
 * pair of transitions. The booking ends in one state a desk could explain (never cancelled and
 * checked in, never checked in and a no-show), its seats are given back exactly once, and a
 * request that lost gets {@code 409 BOOKING_NOT_CHANGEABLE}, never a 200 that did nothing.
 */
class BookingTransitionRaceTest extends DatabaseTest {

    static final int ROUNDS = 12;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void invariantHolds() {
        fixtures.assertCapacityInvariant();
    }

    static Stream<Arguments> pairs() {
        List<String> moves = List.of("cancel", "check-in", "no-show");
        List<Arguments> pairs = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            for (int j = i; j < moves.size(); j++) {
                pairs.add(Arguments.of(moves.get(i), moves.get(j)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} against {1}")
    @MethodSource("pairs")
    void racingTransitionsLeaveOneExplainableState(String first, String second) throws Exception {
        ActivityDetails activity = fixtures.activity(40, 1, 8, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(1), 40);
        Api staff = api().as(fixtures.staffToken(activity.venueId()));
        List<String> bookings = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            Response held = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "race@example.com"));
            bookings.add(staff.post("/api/v1/reservations/" + held.json().path("id").asString() + "/confirm",
                    map("customerName", "Race", "paymentMethod", "CASH")).json().path("id").asString());
        }
        clock.advance(Duration.ofMinutes(75)); // the session has started: a no-show may be recorded

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (String booking : bookings) {
                CountDownLatch go = new CountDownLatch(1);
                Future<Response> a = pool.submit(() -> {
                    go.await();
                    return staff.post("/api/v1/bookings/" + booking + "/" + first, "");
                });
                Future<Response> b = pool.submit(() -> {
                    go.await();
                    return staff.post("/api/v1/bookings/" + booking + "/" + second, "");
                });
                go.countDown();
                assertExplainable(booking, first, a.get(), second, b.get());
            }
        } finally {
            pool.shutdownNow();
        }
        int cancelled = jdbc.sql("SELECT COUNT(*) FROM bookings WHERE session_id = :s AND status = 'CANCELLED'")
                .param("s", session).query(Integer.class).single();
        assertThat(fixtures.remaining(session)).as("seats given back once per cancelled booking")
                .isEqualTo(40 - 2 * (ROUNDS - cancelled));
    }

    private void assertExplainable(String booking, String first, Response a, String second, Response b) {
        for (Response r : List.of(a, b)) {
            assertThat(r.status()).as("%s", r.text()).isIn(200, 409);
            if (r.status() == 409) {
                assertThat(r.code()).isEqualTo("BOOKING_NOT_CHANGEABLE");
            }
        }
        var row = jdbc.sql("SELECT status, checked_in_at IS NOT NULL AS arrived, no_show_at IS NOT NULL AS absent FROM bookings WHERE id = :id")
                .param("id", UUID.fromString(booking)).query((rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)})
                .single();
        String status = (String) row[0];
        boolean arrived = (Boolean) row[1];
        boolean absent = (Boolean) row[2];
        assertThat(status.equals("CANCELLED") && arrived).as("cancelled and checked in").isFalse();
        assertThat(arrived && absent).as("checked in and a no-show").isFalse();
        // What each request answered is what the booking is: a 200 for a move that did not happen is a lie.
        assertAnswerMatches(first, a, status, arrived, absent);
        assertAnswerMatches(second, b, status, arrived, absent);
        if (!first.equals(second) && a.status() == 200 && b.status() == 200) {
            assertThat(compatible(first, second, status, arrived))
                    .as("two different moves both succeeded: %s and %s", first, second).isTrue();
        }
    }

    /** Both may succeed only where one move can follow the other: a no-show, then a late arrival or a cancellation. */
    private static boolean compatible(String first, String second, String status, boolean arrived) {
        boolean noShowThenArrived = (first.equals("no-show") && second.equals("check-in")
                || first.equals("check-in") && second.equals("no-show")) && arrived;
        boolean noShowThenCancelled = (first.equals("no-show") && second.equals("cancel")
                || first.equals("cancel") && second.equals("no-show")) && status.equals("CANCELLED");
        return noShowThenArrived || noShowThenCancelled;
    }

    private static void assertAnswerMatches(String move, Response answer, String status, boolean arrived, boolean absent) {
        if (answer.status() != 200) {
            return;
        }
        switch (move) {
            case "cancel" -> assertThat(status).isEqualTo("CANCELLED");
            case "check-in" -> assertThat(arrived).isTrue();
            default -> {
                // A no-show that answered 200 stood until a late check-in or a cancellation overtook it.
            }
        }
    }
}
