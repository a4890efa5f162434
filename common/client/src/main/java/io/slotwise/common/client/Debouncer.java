package io.slotwise.common.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action once after a burst of triggers has gone quiet (trailing edge), e.g. one refresh
 * of a session grid for a flurry of {@code session.updated} events.
 *
 * <p>Each {@link #trigger()} restarts the quiet period; the action runs when no trigger came for
 * that long. A trigger while the action runs schedules one more run, so the last change is never
 * missed. Runs never overlap. Thread-safe.
 */
public final class Debouncer implements AutoCloseable {

    /** The quiet period used when none is given. */
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofMillis(500);

    private static final System.Logger LOG = System.getLogger(Debouncer.class.getName());

    private final Runnable action;
    private final long quietNanos;
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;

    private final Object lock = new Object();
    private final Object runLock = new Object();
    /** Counts triggers, so a run that was overtaken by a later trigger can tell. Guarded by lock. */
    private long generation;
    private ScheduledFuture<?> pending;
    private boolean closed;

    /** Runs {@code action} after {@link #DEFAULT_QUIET_PERIOD} (500 ms) without triggers, on a thread of its own. */
    public Debouncer(Runnable action) {
        this(action, DEFAULT_QUIET_PERIOD);
    }

    /** Runs {@code action} after {@code quietPeriod} without triggers, on a thread of its own. */
    public Debouncer(Runnable action, Duration quietPeriod) {
        this(action, quietPeriod, Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "slotwise-debouncer");
            // A pending refresh must not keep an app alive after its windows closed.
            thread.setDaemon(true);
            return thread;
        }), true);
    }

    /**
     * Runs {@code action} after {@code quietPeriod} without triggers, on {@code scheduler}, which
     * stays the caller's to shut down.
     */
    public Debouncer(Runnable action, Duration quietPeriod, ScheduledExecutorService scheduler) {
        this(action, quietPeriod, scheduler, false);
    }

    private Debouncer(Runnable action, Duration quietPeriod, ScheduledExecutorService scheduler, boolean ownsScheduler) {
        this.action = Objects.requireNonNull(action, "action");
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        if (quietPeriod.isNegative()) {
            throw new IllegalArgumentException("quietPeriod must not be negative: " + quietPeriod);
        }
        this.quietNanos = quietPeriod.toNanos();
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.ownsScheduler = ownsScheduler;
    }

    /** Asks for a run once things are quiet; ignored after {@link #close()}. */
    public void trigger() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            long mine = ++generation;
            if (pending != null) {
                pending.cancel(false);
            }
            pending = scheduler.schedule(() -> fire(mine), quietNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Drops a pending run, if any, without closing. */
    public void cancel() {
        synchronized (lock) {
            generation++;
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }
    }

    /** Drops a pending run and ignores later triggers; a run already under way finishes. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        cancel();
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
    }

    private void fire(long mine) {
        synchronized (lock) {
            // cancel() cannot stop a task that already started; a later trigger wins over it.
            if (closed || mine != generation) {
                return;
            }
            pending = null;
        }
        synchronized (runLock) {
            try {
                action.run();
            } catch (RuntimeException e) {
                // The next burst must still get its run.
                LOG.log(System.Logger.Level.WARNING, "Debounced action failed", e);
            }
        }
    }
}
