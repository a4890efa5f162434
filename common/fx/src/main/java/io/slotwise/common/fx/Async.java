package io.slotwise.common.fx;

import io.slotwise.common.client.SlotwiseApiException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Runs server calls off the FX thread and hands results back on it. Counts the calls on their
 * way, so the window can show one busy indicator for all of them, and turns every failure into
 * a {@link Problem} a person can read: no exception ever reaches a screen. A {@link Latest} line
 * of calls keeps a slow, older answer from overwriting a newer one.
 */
public final class Async {

    private final Executor background;
    private final Executor ui;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    public Async(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /** Calls {@code call} in the background; then {@code ok} with its result, or {@code failed}, on the UI thread. */
    public <T> void run(Supplier<T> call, Consumer<T> ok, Consumer<Problem> failed) {
        started();
        try {
            background.execute(() -> {
                try {
                    T result = call.get();
                    ui.execute(() -> {
                        finished();
                        ok.accept(result);
                    });
                } catch (SlotwiseApiException e) {
                    ui.execute(() -> {
                        finished();
                        failed.accept(Problem.of(e));
                    });
                } catch (RuntimeException e) {
                    ui.execute(() -> {
                        finished();
                        failed.accept(Problem.unexpected());
                    });
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // The app is shutting down: nothing is waiting for this answer any more.
            finished();
        }
    }

    /** As {@link #run(Supplier, Consumer, Consumer)} for a call without a result. */
    public void run(Runnable call, Runnable ok, Consumer<Problem> failed) {
        run(() -> {
            call.run();
            return Boolean.TRUE;
        }, done -> ok.run(), failed);
    }

    /** A new line of calls of which only the newest answer is applied. */
    public Latest latest() {
        return new Latest();
    }

    /**
     * Calls that replace each other: loading another day, searching again, switching venue. An
     * answer (or failure) of a call that a later one replaced is dropped, whatever order the
     * answers arrive in. Used from the UI thread only, like the rest of a screen's model.
     */
    public final class Latest {

        private long newest;

        private Latest() {
        }

        /** As {@link Async#run(Supplier, Consumer, Consumer)}, replacing every earlier call of this line. */
        public <T> void run(Supplier<T> call, Consumer<T> ok, Consumer<Problem> failed) {
            long mine = ++newest;
            Async.this.run(call, result -> {
                if (mine == newest) {
                    ok.accept(result);
                }
            }, problem -> {
                if (mine == newest) {
                    failed.accept(problem);
                }
            });
        }

        /** Answers still on their way are dropped: nobody is waiting for them any more. */
        public void forget() {
            newest++;
        }
    }

    /** Runs on the UI thread (the FX thread in the app, the caller's in unit tests). */
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    /** Some call is on its way: the window shows it is working. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }
}
