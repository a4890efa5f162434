package io.slotwise.server.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.SessionChange;
import io.slotwise.server.session.SessionService;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.Together;
import io.slotwise.server.web.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine under real parallel load, on H2 and on PostgreSQL: many threads released at once
 * by a latch, each on its own connection. After every test the capacity invariant must hold
 * for every session in the database.
 */
class HoldConcurrencyTest extends DatabaseTest {

    @Autowired
    HoldService holds;

    @Autowired
    SessionService sessions;

    @AfterEach
    void invariantHolds() {
        fixtures.assertCapacityInvariant();
    }

    @Test
    void holdsNeverOversellUnderContention() throws Exception {
        UUID session = fixtures.openSession(20);
        Random random = new Random(42);
        List<Integer> parties = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            parties.add(1 + random.nextInt(4));
        }
        AtomicInteger heldSeats = new AtomicInteger();
        Set<String> rejections = ConcurrentHashMap.newKeySet();

        runTogether(64, i -> {
            try {
                Hold hold = holds.hold(new HoldRequest(session, parties.get(i), "guest" + i + "@example.com"), null);
                heldSeats.addAndGet(hold.partySize());
            } catch (DomainException e) {
                rejections.add(e.code().name());
            }
        });

        assertThat(heldSeats.get()).isLessThanOrEqualTo(20);
        assertThat(fixtures.remaining(session)).isEqualTo(20 - heldSeats.get());
        // 64 parties of 1-4 want far more than 20 seats: the session must end (almost) full.
        assertThat(heldSeats.get()).isGreaterThanOrEqualTo(17);
        assertThat(rejections).containsOnly(ErrorCode.INSUFFICIENT_CAPACITY.name());
    }

    @Test
    void expirySweepAndConfirmationAtTheExpiryInstantNeverBothWin() throws Exception {
        int rounds = 5;
        int holdsPerRound = 16;
        for (int round = 0; round < rounds; round++) {
            clock.reset();
            UUID session = fixtures.openSession(holdsPerRound * 2);
            List<Hold> made = new ArrayList<>();
            for (int i = 0; i < holdsPerRound; i++) {
                made.add(holds.hold(new HoldRequest(session, 2, "race" + i + "@example.com"), null));
            }
            Instant expiry = made.get(made.size() - 1).expiresAt().toInstant();
            Instant firstExpiry = made.get(0).expiresAt().toInstant();
            // Just before the first hold's expiry every confirmation could still win; a racing
            // thread moves the clock to the expiry instant of the last hold while they run.
            clock.set(firstExpiry.minusMillis(1));

            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(holdsPerRound + 2);
            List<Future<?>> work = new ArrayList<>();
            for (Hold hold : made) {
                work.add(pool.submit(() -> {
                    start.await();
                    try {
                        holds.confirmByStaff(hold.id(), new ConfirmRequest("Racer", null, PaymentMethod.CASH), false);
                    } catch (DomainException e) {
                        assertThat(e.code()).isEqualTo(ErrorCode.HOLD_EXPIRED);
                    }
                    return null;
                }));
            }
            work.add(pool.submit(() -> {
                start.await();
                clock.set(expiry);
                return null;
            }));
            work.add(pool.submit(() -> {
                start.await();
                holds.releaseExpired();
                return null;
            }));
            start.countDown();
            for (Future<?> f : work) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            holds.releaseExpired();

            int confirmedSeats = 0;
            for (Hold hold : made) {
                String status = fixtures.holdStatus(hold.id());
                int bookings = fixtures.bookingsOfHold(hold.id());
                assertThat(status).isIn("CONFIRMED", "EXPIRED");
                assertThat(bookings).isEqualTo(status.equals("CONFIRMED") ? 1 : 0);
                confirmedSeats += status.equals("CONFIRMED") ? hold.partySize() : 0;
            }
            assertThat(fixtures.remaining(session)).isEqualTo(holdsPerRound * 2 - confirmedSeats);
        }
    }

    @Test
    void retriesWithOneIdempotencyKeyMakeOneHold() throws Exception {
        UUID session = fixtures.openSession(10);
        String key = UUID.randomUUID().toString();
        Set<UUID> ids = ConcurrentHashMap.newKeySet();
        Set<String> tokens = ConcurrentHashMap.newKeySet();

        runTogether(32, i -> {
            Hold hold = holds.hold(new HoldRequest(session, 3, "retry@example.com"), key);
            ids.add(hold.id());
            tokens.add(hold.holdToken());
        });

        assertThat(ids).hasSize(1);
        assertThat(tokens).hasSize(1);
        assertThat(fixtures.remaining(session)).isEqualTo(7);
        // The replayed token is the real one: it reads the hold.
        assertThat(holds.read(ids.iterator().next(), tokens.iterator().next()).partySize()).isEqualTo(3);
    }

    @Test
    void capacityEditsRacingHoldsNeverDropBelowHeldAndBooked() throws Exception {
        UUID session = fixtures.openSession(20);
        Random random = new Random(7);
        List<Integer> newTotals = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            newTotals.add(random.nextInt(31));
        }
        Set<String> refusals = ConcurrentHashMap.newKeySet();

        runTogether(64, i -> {
            try {
                if (i % 2 == 0) {
                    holds.hold(new HoldRequest(session, 1 + i % 4, "edit" + i + "@example.com"), null);
                } else {
                    sessions.change(session, new SessionChange(newTotals.get(i / 2), null));
                }
            } catch (DomainException e) {
                refusals.add(e.code().name());
            }
        });

        assertThat(refusals).isSubsetOf(ErrorCode.INSUFFICIENT_CAPACITY.name(), ErrorCode.CAPACITY_BELOW_BOOKED.name());
        assertThat(fixtures.remaining(session)).isBetween(0, fixtures.total(session));
    }

    @Test
    void releasesAndCancellationsRacingNewHoldsKeepTheInvariant() throws Exception {
        UUID session = fixtures.openSession(12);
        List<Hold> first = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            first.add(holds.hold(new HoldRequest(session, 2, "first" + i + "@example.com"), null));
        }

        runTogether(24, i -> {
            try {
                if (i < 6) {
                    holds.release(first.get(i).id(), first.get(i).holdToken());
                } else {
                    holds.hold(new HoldRequest(session, 2, "second" + i + "@example.com"), null);
                }
            } catch (DomainException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.INSUFFICIENT_CAPACITY);
            }
        });

        assertThat(fixtures.remaining(session)).isBetween(0, 12);
    }

    private static void runTogether(int threads, Together.Task task) throws Exception {
        Together.run(threads, task);
    }
}
