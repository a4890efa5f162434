package io.slotwise.server.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.Booking;
import io.slotwise.common.api.BookingMode;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.server.booking.BookingService;
import io.slotwise.server.reservation.HoldService;
import io.slotwise.server.reservation.Rescheduling;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.Together;
import io.slotwise.server.web.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One room shared by three private activities with different lengths and reset times, their
 * sessions overlapping each other every which way, under 64 threads at once, on H2 and on
 * PostgreSQL: holds, confirmations, releases, the expiry sweep, cancellations and reschedules
 * racing each other. After every race the room is never occupied twice over overlapping windows,
 * each session's occupancy matches its seats, no private session has two parties, and the
 * capacity invariant holds.
 */
class SharedResourceRaceTest extends DatabaseTest {

    private static final Set<String> REFUSALS = Set.of(ErrorCode.RESOURCE_BUSY.name(), ErrorCode.INSUFFICIENT_CAPACITY.name());

    @Autowired
    HoldService holds;

    @Autowired
    BookingService bookings;

    @Autowired
    Rescheduling rescheduling;

    private final List<UUID> sessions = new ArrayList<>();

    @BeforeEach
    void oneRoomThreeActivities() {
        UUID venue = fixtures.venue("Europe/Berlin").id();
        UUID room = fixtures.resource(venue, "The room");
        List<ActivityDetails> activities = List.of(
                fixtures.sellingActivity(venue, "Tomb", 60, BookingMode.PRIVATE, 2, 6, List.of(room), 15, null, null),
                fixtures.sellingActivity(venue, "Lab", 45, BookingMode.PRIVATE, 2, 6, List.of(room), 0, null, null),
                fixtures.sellingActivity(venue, "Heist", 90, BookingMode.PRIVATE, 2, 6, List.of(room), 10, null, null));
        Instant base = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        int[] every = {30, 20, 40};
        for (int a = 0; a < activities.size(); a++) {
            for (int minute = 0; minute < 6 * 60; minute += every[a]) {
                sessions.add(fixtures.sessionAt(activities.get(a), base.plus(Duration.ofMinutes(minute)), 6));
            }
        }
    }

    @Test
    void sharedSessionsOfARoomAreHeldTogetherButNeverOverlapping() throws Exception {
        UUID venue = fixtures.venue("Europe/Berlin").id();
        UUID hall = fixtures.resource(venue, "The hall");
        List<ActivityDetails> tours = List.of(
                fixtures.sellingActivity(venue, "Day tour", 60, BookingMode.SHARED, 1, 4, List.of(hall), 15, null, null),
                fixtures.sellingActivity(venue, "Night tour", 45, BookingMode.SHARED, 1, 4, List.of(hall), 0, null, null));
        Instant base = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        List<UUID> shared = new ArrayList<>();
        for (int minute = 0; minute < 3 * 60; minute += 20) {
            shared.add(fixtures.sessionAt(tours.get((minute / 20) % 2), base.plus(Duration.ofMinutes(minute)), 10));
        }
        Set<String> refusals = ConcurrentHashMap.newKeySet();
        List<Hold> made = new CopyOnWriteArrayList<>();

        // Several parties per session (they share it), racing for sessions whose windows overlap.
        Together.run(64, i -> {
            Random random = new Random(400 + i);
            try {
                made.add(holds.hold(new HoldRequest(shared.get(random.nextInt(shared.size())), 1 + random.nextInt(3),
                        "tour" + i + "@example.com"), null));
            } catch (DomainException e) {
                refusals.add(e.code().name());
            }
        });

        fixtures.assertCapacityInvariant();
        assertThat(refusals).isSubsetOf(REFUSALS).contains(ErrorCode.RESOURCE_BUSY.name());
        assertThat(made.stream().map(Hold::sessionId).distinct().count()).as("some sessions hold several parties")
                .isLessThan(made.size());
    }

    private UUID anySession(Random random) {
        return sessions.get(random.nextInt(sessions.size()));
    }

    /** 64 threads each try to hold a random session; what comes back is a hold or a refusal for the room or the party. */
    private List<Hold> holdRace(int seed, Set<String> refusals) throws Exception {
        List<Hold> made = new CopyOnWriteArrayList<>();
        Together.run(64, i -> {
            Random random = new Random(seed * 1000L + i);
            try {
                made.add(holds.hold(new HoldRequest(anySession(random), 2 + random.nextInt(5), "party" + i + "@example.com"), null));
            } catch (DomainException e) {
                refusals.add(e.code().name());
            }
        });
        return made;
    }

    @Test
    void holdsOfOverlappingSessionsNeverShareTheRoom() throws Exception {
        Set<String> refusals = ConcurrentHashMap.newKeySet();
        List<Hold> made = holdRace(1, refusals);

        fixtures.assertCapacityInvariant();
        assertThat(made).as("the room is not empty after 64 tries").isNotEmpty();
        assertThat(refusals).isSubsetOf(REFUSALS).contains(ErrorCode.RESOURCE_BUSY.name());
        assertThat(made.stream().map(Hold::sessionId).distinct().count()).as("one party per private session").isEqualTo(made.size());
    }

    @Test
    void confirmationsReleasesTheSweepAndNewHoldsRacingKeepTheRoomSingle() throws Exception {
        Set<String> refusals = ConcurrentHashMap.newKeySet();
        List<Hold> early = holdRace(2, refusals);
        clock.advance(Duration.ofMinutes(6));
        List<Hold> late = holdRace(3, refusals);
        // The early holds have run out, the late ones have not: the sweep races confirmations of
        // both, releases of late ones and new holds for the windows the sweep frees.
        clock.advance(Duration.ofMinutes(5));
        Together.run(64, i -> {
            Random random = new Random(200 + i);
            try {
                if (i == 0) {
                    holds.releaseExpired();
                } else if (i < early.size() && i % 4 == 1) {
                    holds.confirmByStaff(early.get(i).id(), new ConfirmRequest("Too late " + i, null, PaymentMethod.CASH), false);
                } else if (i < late.size() && i % 4 == 2) {
                    holds.confirmByStaff(late.get(i).id(), new ConfirmRequest("In time " + i, null, PaymentMethod.CASH), false);
                } else if (i < late.size() && i % 4 == 3) {
                    holds.release(late.get(i).id(), late.get(i).holdToken());
                } else {
                    holds.hold(new HoldRequest(anySession(random), 2, "next" + i + "@example.com"), null);
                }
            } catch (DomainException e) {
                refusals.add(e.code().name());
            }
        });
        holds.releaseExpired();

        fixtures.assertCapacityInvariant();
        assertThat(early).isNotEmpty();
        assertThat(refusals).isSubsetOf(Set.of(ErrorCode.RESOURCE_BUSY.name(), ErrorCode.INSUFFICIENT_CAPACITY.name(),
                ErrorCode.HOLD_EXPIRED.name(), ErrorCode.HOLD_NOT_ACTIVE.name()));
    }

    @Test
    void cancellationsAndReschedulesRacingNewHoldsKeepTheRoomSingle() throws Exception {
        Set<String> refusals = ConcurrentHashMap.newKeySet();
        List<Booking> booked = new CopyOnWriteArrayList<>();
        for (Hold hold : holdRace(3, refusals)) {
            booked.add(holds.confirmByStaff(hold.id(), new ConfirmRequest("Booked", null, PaymentMethod.CASH), false));
        }
        assertThat(booked).isNotEmpty();

        Together.run(64, i -> {
            Random random = new Random(300 + i);
            try {
                if (i < booked.size() && i % 2 == 0) {
                    bookings.cancel(booked.get(i).id());
                } else if (i < booked.size()) {
                    rescheduling.reschedule(booked.get(i).id(), sessionOfSameActivity(booked.get(i), random));
                } else {
                    holds.hold(new HoldRequest(anySession(random), 3, "walkin" + i + "@example.com"), null);
                }
            } catch (DomainException e) {
                refusals.add(e.code().name());
            }
        });

        fixtures.assertCapacityInvariant();
        assertThat(refusals).isSubsetOf(Set.of(ErrorCode.RESOURCE_BUSY.name(), ErrorCode.INSUFFICIENT_CAPACITY.name(),
                ErrorCode.BOOKING_NOT_CHANGEABLE.name()));
    }

    private UUID sessionOfSameActivity(Booking booking, Random random) {
        List<UUID> same = sessions.stream().filter(s -> fixtures.activityOfSession(s).equals(booking.activityId())).toList();
        return same.get(random.nextInt(same.size()));
    }
}
