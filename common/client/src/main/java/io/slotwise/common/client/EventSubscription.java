package io.slotwise.common.client;

import io.slotwise.common.api.VenueEvent;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;

/**
 * A live subscription to a venue's Server-Sent Events, made by
 * {@link SlotwiseClient#subscribeVenue} or {@link SlotwiseClient#subscribeStaff}.
 *
 * <p>Events reach the listener typed and in the order the server sent them, on a background
 * thread of the HTTP client (desktop apps hand them over to their UI thread). When the stream
 * fails or ends, the subscription reconnects with growing pauses and sends {@code Last-Event-ID}
 * so that the server replays what was missed, or sends {@link VenueEvent.Resync} when it cannot.
 * It stops only on {@link #close()}, or when the server refuses the stream in a way a retry
 * cannot fix (state {@link ConnectionState#FAILED}).
 */
public final class EventSubscription implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EventSubscription.class.getName());
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final EventSource.Factory factory;
    private final Supplier<Request.Builder> requestTemplate;
    private final Function<Response, SlotwiseApiException> errors;
    private final VenueEventParser parser;
    private final Consumer<VenueEvent> listener;
    private final Consumer<ConnectionState> stateListener;
    private final Backoff backoff;
    private final Runnable onClose;
    private final ScheduledExecutorService scheduler;

    private final Object lock = new Object();
    /** The stream being opened or read; callbacks from any other one are stale. Guarded by lock. */
    private EventSource current;
    private ScheduledFuture<?> pendingReconnect;
    private int failuresInARow;
    private boolean stopped;

    private volatile ConnectionState state = ConnectionState.CONNECTING;
    private volatile String lastEventId;
    private volatile SlotwiseApiException failure;

    EventSubscription(EventSource.Factory factory, Supplier<Request.Builder> requestTemplate,
            Function<Response, SlotwiseApiException> errors, VenueEventParser parser,
            Consumer<VenueEvent> listener, Consumer<ConnectionState> stateListener, Backoff backoff,
            Runnable onClose) {
        this.factory = factory;
        this.requestTemplate = requestTemplate;
        this.errors = errors;
        this.parser = parser;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.stateListener = stateListener == null ? s -> { } : stateListener;
        this.backoff = backoff;
        this.onClose = onClose;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("slotwise-events-" + THREADS.incrementAndGet()));
    }

    void start() {
        connect();
    }

    /** The current state; see also the state listener given when subscribing. */
    public ConnectionState state() {
        return state;
    }

    /** The id of the last complete event received, which the next reconnect resumes from. */
    public Optional<String> lastEventId() {
        return Optional.ofNullable(lastEventId);
    }

    /** Why the server refused the stream, once the state is {@link ConnectionState#FAILED}. */
    public Optional<SlotwiseApiException> failure() {
        return Optional.ofNullable(failure);
    }

    /** Ends the stream for good: no event and no reconnect follows. Safe to call more than once. */
    @Override
    public void close() {
        EventSource open;
        synchronized (lock) {
            if (state == ConnectionState.CLOSED) {
                return;
            }
            stopped = true;
            open = current;
            current = null;
            if (pendingReconnect != null) {
                pendingReconnect.cancel(false);
                pendingReconnect = null;
            }
        }
        if (open != null) {
            open.cancel();
        }
        scheduler.shutdownNow();
        changeState(ConnectionState.CLOSED);
        onClose.run();
    }

    private void connect() {
        synchronized (lock) {
            if (stopped) {
                return;
            }
            pendingReconnect = null;
            Request.Builder request = requestTemplate.get().header("Accept", "text/event-stream");
            String resumeFrom = lastEventId;
            if (resumeFrom != null) {
                request.header("Last-Event-ID", resumeFrom);
            }
            // Assigned under the lock, so a callback of this stream, which takes the lock too,
            // always finds it current.
            current = factory.newEventSource(request.build(), new Listener());
        }
    }

    private boolean isCurrent(EventSource source) {
        synchronized (lock) {
            return !stopped && source == current;
        }
    }

    private void opened(EventSource source) {
        synchronized (lock) {
            if (stopped || source != current) {
                return;
            }
            failuresInARow = 0;
        }
        changeState(ConnectionState.LIVE);
    }

    private void received(EventSource source, String id, String name, String data) {
        if (!isCurrent(source)) {
            return;
        }
        if (id != null) {
            // Recorded for unknown event kinds too: the server need not replay those either.
            lastEventId = id;
        }
        parser.parse(name, data).ifPresent(event -> {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                // One faulty listener call must not cost the app its live updates.
                LOG.log(System.Logger.Level.WARNING, "Event listener failed on " + event.type(), e);
            }
        });
    }

    private void lost(EventSource source, Throwable cause, Response response) {
        SlotwiseApiException refusal = response != null && isPermanentRefusal(response.code()) ? errors.apply(response) : null;
        ConnectionState next;
        synchronized (lock) {
            if (stopped || source != current) {
                return;
            }
            current = null;
            if (refusal != null) {
                stopped = true;
                failure = refusal;
                next = ConnectionState.FAILED;
            } else {
                failuresInARow++;
                Duration pause = backoff.delay(failuresInARow);
                pendingReconnect = scheduler.schedule(this::connect, pause.toMillis(), TimeUnit.MILLISECONDS);
                next = ConnectionState.RECONNECTING;
                LOG.log(System.Logger.Level.DEBUG, () -> "Event stream lost (" + reason(cause, response)
                        + "); reconnecting in " + pause.toMillis() + " ms");
            }
        }
        if (next == ConnectionState.FAILED) {
            LOG.log(System.Logger.Level.WARNING, "Event stream refused: " + refusal.getMessage());
            scheduler.shutdownNow();
        }
        changeState(next);
    }

    /** 4xx answers other than timeouts and rate limits will not change by asking again. */
    private static boolean isPermanentRefusal(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }

    private static String reason(Throwable cause, Response response) {
        if (response != null && !response.isSuccessful()) {
            return "status " + response.code();
        }
        return cause == null ? "stream ended" : cause.toString();
    }

    private void changeState(ConnectionState next) {
        ConnectionState previous;
        synchronized (lock) {
            previous = state;
            if (previous == next || previous == ConnectionState.CLOSED) {
                return;
            }
            state = next;
        }
        try {
            stateListener.accept(next);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Connection state listener failed on " + next, e);
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            // Reconnect timers must not keep an app alive after its windows closed.
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Routes the callbacks of one stream; stale streams are filtered in each target method. */
    private final class Listener extends EventSourceListener {

        @Override
        public void onOpen(EventSource eventSource, Response response) {
            opened(eventSource);
        }

        @Override
        public void onEvent(EventSource eventSource, String id, String type, String data) {
            received(eventSource, id, type, data);
        }

        @Override
        public void onClosed(EventSource eventSource) {
            lost(eventSource, null, null);
        }

        @Override
        public void onFailure(EventSource eventSource, Throwable t, Response response) {
            lost(eventSource, t, response);
        }
    }
}
