package io.slotwise.server.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.web.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Holds sharing transactions: they do share, they stay per-session exact, and failures fall back. */
class HoldBatcherTest extends DatabaseTest {

    @Autowired
    HoldService holds;

    @Autowired
    HoldBatcher batcher;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void invariantHolds() {
        fixtures.assertCapacityInvariant();
    }

    @Test
    void concurrentHoldsOnOneSessionShareTransactions() throws Exception {
        UUID session = fixtures.openSession(1000);
        long batchesBefore = batcher.batches();
        long holdsBefore = batcher.batchedHolds();

        List<Hold> made = holdConcurrently(64, 8, i -> session);

        long batches = batcher.batches() - batchesBefore;
        long batched = batcher.batchedHolds() - holdsBefore;
        assertThat(made).hasSize(64 * 8);
        assertThat(batched).isEqualTo(64 * 8);
        assertThat(batches).as("64 clients at once must have shared some transactions").isLessThan(batched);
        assertThat(fixtures.remaining(session)).isEqualTo(1000 - 64 * 8);
    }

    @Test
    void holdsOnManySessionsAtOnceStayExactPerSession() throws Exception {
        List<UUID> sessions = List.of(fixtures.openSession(30), fixtures.openSession(30), fixtures.openSession(30),
                fixtures.openSession(30));

        List<Hold> made = holdConcurrently(64, 4, i -> sessions.get(i % 4));

        for (UUID session : sessions) {
            long held = made.stream().filter(h -> h.sessionId().equals(session)).count();
            assertThat(held).isEqualTo(30);
            assertThat(fixtures.remaining(session)).isZero();
        }
    }

    @Test
    void aSessionRemovedAfterItsTermsWereCachedIsNotFoundNotAnError() {
        UUID session = fixtures.openSession(5);
        Hold first = holds.hold(new HoldRequest(session, 1, "gone@example.com"), null);
        holds.release(first.id(), first.holdToken());
        jdbc.sql("DELETE FROM slot_reservations WHERE session_id = :id").param("id", session).update();
        jdbc.sql("DELETE FROM activity_sessions WHERE id = :id").param("id", session).update();

        assertThatThrownBy(() -> holds.hold(new HoldRequest(session, 1, "gone@example.com"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    interface SessionChoice {
        UUID of(int request);
    }

    /** {@code clients} threads each make {@code perClient} holds of one seat; refusals are dropped. */
    private List<Hold> holdConcurrently(int clients, int perClient, SessionChoice choice) throws Exception {
        Set<Hold> made = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < perClient; i++) {
                    int request = client * perClient + i;
                    try {
                        made.add(holds.hold(new HoldRequest(choice.of(request), 1, "b" + request + "@example.com"), null));
                    } catch (DomainException e) {
                        assertThat(e.code()).isEqualTo(ErrorCode.INSUFFICIENT_CAPACITY);
                    }
                }
                return null;
            }));
        }
        go.countDown();
        try {
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return new ArrayList<>(made);
    }

    @Test
    void aBatchThatReadsTheSessionsTermsAfreshDoesSoInItsOwnTransaction() {
        // Terms never read before: the batch reads them (with how the activity sells) inside its
        // transaction. On a connection of its own that read would fail the batch (or, with the
        // pool taken, wait for it), and every hold of the batch would have to go again alone.
        UUID session = fixtures.openSession(5);
        java.time.Instant now = clock.instant();
        StoredHold hold = new StoredHold(UUID.randomUUID(), session, 2, "fresh@example.com", io.slotwise.common.api.HoldStatus.HELD,
                5000, "EUR", "0".repeat(64), null, now, now.plusSeconds(600), null, null, 0, null);

        assertThat(batcher.hold(hold, fixtures.venueOfSession(session))).isEqualTo(HoldBatcher.Outcome.HELD);
        assertThat(fixtures.remaining(session)).isEqualTo(3);
    }
}
