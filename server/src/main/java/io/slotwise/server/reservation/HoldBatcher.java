package io.slotwise.server.reservation;

import io.slotwise.common.api.HoldStatus;
import io.slotwise.common.api.VenueEvent;
import io.slotwise.server.events.VenueEvents;
import io.slotwise.server.session.SessionService;
import io.slotwise.server.session.SessionService.LockedSeats;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets concurrent holds on one session share a transaction and a commit.
 *
 * <p>A popular session is one hot row: one transaction per hold queues every hold behind the
 * previous one's commit. Here, requests for a session join that session's lane; whichever request
 * thread finds the lane idle leads one batch: it locks the session row, decides every queued hold
 * in arrival order against the seats it read, inserts the accepted holds, takes their seats in one
 * UPDATE and commits once. Requests arriving meanwhile form the next batch, led by one of them.
 * With no contention a batch is a single hold, so latency is unchanged when the venue is quiet.
 *
 * <p>The guarantees are the database's, not the lane's: the row lock serializes batches (even
 * two lanes of one session, which can briefly exist when an idle lane is dropped), and each
 * hold's row and seats commit together or not at all. If a batch fails for any reason, each of its
 * holds is retried alone on the ordinary path.
 */
@Component
class HoldBatcher {

    private static final Logger log = LoggerFactory.getLogger(HoldBatcher.class);
    static final int MAX_BATCH = 128;

    /** What became of one hold in a shared transaction. */
    enum Outcome {
        HELD,
        INSUFFICIENT_CAPACITY,
        NOT_BOOKABLE,
        /** A shared resource of the session is occupied then by an overlapping session. */
        RESOURCE_BUSY,
        SESSION_GONE,
        /** The shared transaction failed; try this hold on its own. */
        RETRY_ALONE
    }

    private final ConcurrentHashMap<UUID, Lane> lanes = new ConcurrentHashMap<>();
    private final LongAdder batches = new LongAdder();
    private final LongAdder batchedHolds = new LongAdder();
    private final HoldStore holds;
    private final SessionService sessions;
    private final TransactionTemplate transactions;
    private final VenueEvents events;
    private final Clock clock;

    HoldBatcher(HoldStore holds, SessionService sessions, PlatformTransactionManager transactions, VenueEvents events, Clock clock) {
        this.holds = holds;
        this.sessions = sessions;
        this.events = events;
        // The application's transaction manager, as everywhere: what the batch calls (a session's
        // terms read afresh, with how its activity sells) joins the batch's transaction and its
        // connection. A transaction manager of its own here made such a call open a second
        // connection while holding the first: with every pooled connection held by holds waiting
        // on the batch's row locks, the batch then waited for the pool until it timed out.
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Takes the hold's seats and stores it, sharing the transaction with concurrent holds. */
    Outcome hold(StoredHold hold, UUID venueId) {
        Pending pending = new Pending(hold, venueId);
        Lane lane = lanes.computeIfAbsent(hold.sessionId(), id -> new Lane());
        lane.queue.add(pending);
        while (true) {
            if (lane.leader.compareAndSet(false, true)) {
                try {
                    runBatch(hold.sessionId(), lane);
                } finally {
                    lane.leader.set(false);
                    synchronized (lane) {
                        lane.notifyAll();
                    }
                }
                if (lane.queue.isEmpty()) {
                    lanes.remove(hold.sessionId(), lane);
                }
            }
            awaitLeaderOrOutcome(lane, pending);
            if (pending.outcome != null) {
                return pending.outcome;
            }
        }
    }

    private static void awaitLeaderOrOutcome(Lane lane, Pending pending) {
        boolean interrupted = false;
        synchronized (lane) {
            while (pending.outcome == null && lane.leader.get()) {
                try {
                    lane.wait();
                } catch (InterruptedException e) {
                    // The hold may already be in a running batch: its outcome must be awaited.
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void runBatch(UUID sessionId, Lane lane) {
        List<Pending> batch = new ArrayList<>();
        for (Pending next; batch.size() < MAX_BATCH && (next = lane.queue.poll()) != null; ) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        batches.increment();
        batchedHolds.add(batch.size());
        List<Outcome> outcomes;
        try {
            outcomes = transactions.execute(tx -> takeAll(sessionId, batch) ? allHeld(batch) : rollBack(tx));
            if (outcomes == null) {
                outcomes = transactions.execute(tx -> decideAndApply(sessionId, batch));
            }
        } catch (RuntimeException e) {
            log.debug("Shared hold transaction for session {} failed; holds retry alone", sessionId, e);
            outcomes = batch.stream().map(p -> Outcome.RETRY_ALONE).toList();
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).outcome = outcomes.get(i);
        }
    }

    /**
     * The common case, in the fewest round trips: every hold of the batch fits. The holds go in
     * first, so the session row is locked only from the one conditional UPDATE to the commit.
     */
    private boolean takeAll(UUID sessionId, List<Pending> batch) {
        holds.insertAll(batch.stream().map(p -> p.hold).toList());
        if (!sessions.tryTakeSeats(sessionId, batch.stream().mapToInt(p -> p.hold.partySize()).sum())) {
            return false;
        }
        announce(sessionId, batch);
        return true;
    }

    /** Sent with the commit of the shared transaction, not before. */
    private void announce(UUID sessionId, List<Pending> held) {
        events.sessionChanged(sessionId);
        for (Pending p : held) {
            events.holdChanged(p.venueId, new VenueEvent.HoldChanged(p.hold.id(), sessionId, p.hold.partySize(), HoldStatus.HELD));
        }
    }

    private static List<Outcome> allHeld(List<Pending> batch) {
        return batch.stream().map(p -> Outcome.HELD).toList();
    }

    private static List<Outcome> rollBack(org.springframework.transaction.TransactionStatus tx) {
        tx.setRollbackOnly();
        return null;
    }

    /**
     * Not all fit (or the session closed, or its room is taken): decide hold by hold, in arrival
     * order, under the shared resources' locks and the row lock.
     */
    private List<Outcome> decideAndApply(UUID sessionId, List<Pending> batch) {
        if (!sessions.lockResourcesIfFree(sessionId)) {
            return batch.stream().map(p -> Outcome.RESOURCE_BUSY).toList();
        }
        Optional<LockedSeats> locked = sessions.lockSeats(sessionId);
        if (locked.isEmpty()) {
            return batch.stream().map(p -> Outcome.SESSION_GONE).toList();
        }
        Instant now = clock.instant();
        boolean bookable = locked.get().bookableAt(now);
        int remaining = locked.get().remaining();
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        List<Pending> accepted = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            int party = p.hold.partySize();
            if (!bookable) {
                outcomes.add(Outcome.NOT_BOOKABLE);
            } else if (party > remaining) {
                outcomes.add(Outcome.INSUFFICIENT_CAPACITY);
            } else {
                remaining -= party;
                accepted.add(p);
                outcomes.add(Outcome.HELD);
            }
        }
        if (!accepted.isEmpty()) {
            holds.insertAll(accepted.stream().map(p -> p.hold).toList());
            sessions.takeLockedSeats(sessionId, locked.get().remaining() - remaining);
            sessions.occupyResources(sessionId);
            announce(sessionId, accepted);
        }
        return outcomes;
    }

    /** Transactions run so far, and holds decided in them: their ratio is the mean batch size. */
    long batches() {
        return batches.sum();
    }

    long batchedHolds() {
        return batchedHolds.sum();
    }

    private static final class Lane {
        final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean leader = new AtomicBoolean();
    }

    private static final class Pending {
        final StoredHold hold;
        final UUID venueId;
        /** Written by the leading thread before it notifies the lane's monitor. */
        volatile Outcome outcome;

        Pending(StoredHold hold, UUID venueId) {
            this.hold = hold;
            this.venueId = venueId;
        }
    }
}
