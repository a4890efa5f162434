package io.slotwise.server.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Reads a Server-Sent Events stream in the background and hands out its events, for tests. */
public final class EventStreamClient implements AutoCloseable {

    /** One received event. */
    public record Event(String id, String type, String data) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final java.util.List<Event> unmatched = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile int status;
    private final java.util.concurrent.CountDownLatch live = new java.util.concurrent.CountDownLatch(1);
    private volatile Stream<String> body;

    public EventStreamClient(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        response = HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> {
            status = r.statusCode();
            body = r.body();
            String[] event = new String[3];
            if (r.statusCode() != 200) {
                live.countDown();
            }
            r.body().forEach(line -> {
                // The server greets every new stream with a comment: from then on it is subscribed.
                live.countDown();
                if (line.isEmpty()) {
                    if (event[1] != null) {
                        events.add(new Event(event[0], event[1], event[2]));
                    }
                    event[0] = event[1] = event[2] = null;
                } else if (line.startsWith("id:")) {
                    event[0] = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    event[1] = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    event[2] = line.substring(5).trim();
                }
            });
        });
    }

    /** Waits until the server has registered the stream, so that no later event can be missed. */
    public EventStreamClient awaitLive() {
        try {
            if (!live.await(30, TimeUnit.SECONDS)) { // a busy CI machine may take a while to start answering
                throw new AssertionError("The event stream did not open");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** The HTTP status, once the response started (0 before). */
    public int status() {
        return status;
    }

    /**
     * The first not yet taken event matching, waiting for it up to the timeout. Events that do
     * not match stay available to later calls, so the order of the checks does not matter.
     */
    public Event next(Predicate<Event> wanted, Duration timeout) {
        for (Event e : unmatched) {
            if (wanted.test(e)) {
                unmatched.remove(e);
                return e;
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Event e;
            try {
                e = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            if (e == null) {
                throw new AssertionError("No matching event within " + timeout + "; not taken: " + unmatched);
            }
            if (wanted.test(e)) {
                return e;
            }
            unmatched.add(e);
        }
    }

    /** The next event whatever it is. */
    public Event next(Duration timeout) {
        return next(e -> true, timeout);
    }

    @Override
    public void close() {
        // Closing the body stream closes the connection, so the server sees the client leave.
        Stream<String> open = body;
        if (open != null) {
            open.close();
        }
        response.cancel(true);
    }
}
