package io.slotwise.kiosk.flow;

import io.slotwise.common.client.Backoff;
import io.slotwise.common.client.SlotwiseApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs the kiosk's server calls off the UI thread and hands their results back on it. A call
 * that fails because the server is unreachable, overloaded or broken (no answer, 429 or 5xx) is
 * tried again with backoff, driven by the flow's one-second {@link #tick()}, until it succeeds or
 * the flow moves on; the server's refusals (other 4xx) go to the flow at once. Every kiosk call is
 * safe to repeat: reads, holds with a fixed Idempotency-Key, and confirmations (the server
 * answers a second confirmation with the same booking).
 */
final class ServerCalls {

    /** What the flow does with an outcome. */
    interface Outcomes {
        /** The server said no (a 4xx with its code); nothing is retried. */
        void refused(SlotwiseApiException refusal);

        /** The server could not be reached; the call will be tried again. */
        void unreachable();

        /** A call succeeded after failures: the connection is back. */
        void reachedAgain();
    }

    private final Executor background;
    private final Executor ui;
    private final Clock clock;
    private final Backoff backoff;
    private final Outcomes outcomes;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper retrying = new ReadOnlyBooleanWrapper(false);
    /** Bumped by {@link #forget()}: results of calls started before are not applied. */
    private int generation;
    private Retry pending;
    private boolean failing;

    ServerCalls(Executor background, Executor ui, Clock clock, Backoff backoff, Outcomes outcomes) {
        this.background = background;
        this.ui = ui;
        this.clock = clock;
        this.backoff = backoff;
        this.outcomes = outcomes;
    }

    /** Runs {@code call}; applies its result. Replaces any retry still waiting. */
    <T> void run(Supplier<T> call, Consumer<T> apply) {
        run(call, apply, stale -> { });
    }

    /**
     * As {@link #run(Supplier, Consumer)}; a result that arrives after {@link #forget()} goes to
     * {@code discard} instead (a hold nobody wants any more is released there).
     */
    <T> void run(Supplier<T> call, Consumer<T> apply, Consumer<T> discard) {
        pending = null;
        attempt(new Retry(starterOf(call, apply, discard), 0, null));
    }

    /** Called every second: starts a retry whose pause is over. */
    void tick() {
        Retry due = pending;
        if (due != null && !clock.instant().isBefore(due.at())) {
            pending = null;
            attempt(due);
        }
    }

    /** The flow started over: drop the waiting retry and ignore answers still on their way. */
    void forget() {
        generation++;
        pending = null;
        busy.set(false);
        retrying.set(false);
    }

    /** Runs {@code action} on the UI thread. */
    void onUi(Runnable action) {
        ui.execute(action);
    }

    /** A call is on its way: the screens disable what would start another. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last call failed for want of a server and will be tried again. */
    ReadOnlyBooleanProperty retryingProperty() {
        return retrying.getReadOnlyProperty();
    }

    private void attempt(Retry retry) {
        busy.set(true);
        retry.starter().start(retry);
    }

    /** Starts one attempt of a call; {@code retry} knows how many came before. */
    private <T> void start(Supplier<T> call, Consumer<T> apply, Consumer<T> discard, Retry retry) {
        int startedIn = generation;
        background.execute(() -> {
            try {
                T result = call.get();
                ui.execute(() -> {
                    if (startedIn != generation) {
                        discard.accept(result);
                        return;
                    }
                    busy.set(false);
                    retrying.set(false);
                    apply.accept(result);
                    if (failing) {
                        failing = false;
                        outcomes.reachedAgain();
                    }
                });
            } catch (SlotwiseApiException e) {
                ui.execute(() -> {
                    if (startedIn != generation) {
                        return;
                    }
                    if (worthRetrying(e)) {
                        scheduleRetry(retry);
                    } else {
                        busy.set(false);
                        retrying.set(false);
                        failing = false;
                        outcomes.refused(e);
                    }
                });
            } catch (RuntimeException e) {
                // Not an answer from the server (a bug in a fake terminal, say): treated as unreachable.
                ui.execute(() -> {
                    if (startedIn == generation) {
                        scheduleRetry(retry);
                    }
                });
            }
        });
    }

    private void scheduleRetry(Retry failed) {
        busy.set(false);
        retrying.set(true);
        failing = true;
        int attempt = failed.attempt() + 1;
        pending = new Retry(failed.starter(), attempt, clock.instant().plus(backoff.delay(attempt)));
        outcomes.unreachable();
    }

    private static boolean worthRetrying(SlotwiseApiException e) {
        return e.isTransportFailure() || e.status() == 429 || e.status() >= 500;
    }

    /** A call to (re)start: how many attempts failed so far, and when to try next. */
    private record Retry(Starter starter, int attempt, Instant at) {
    }

    @FunctionalInterface
    private interface Starter {
        void start(Retry retry);
    }

    private <T> Starter starterOf(Supplier<T> call, Consumer<T> apply, Consumer<T> discard) {
        return retry -> start(call, apply, discard, retry);
    }
}
