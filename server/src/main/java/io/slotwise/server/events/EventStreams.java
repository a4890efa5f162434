package io.slotwise.server.events;

import io.slotwise.server.web.RateLimitedException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Opens and keeps the event streams: limits them in total and per client address, sends
 * heartbeats, and owns the small pool that writes events to the streams.
 */
@Component
class EventStreams implements SmartLifecycle {

    private final EventHub hub;
    private final int maxTotal;
    private final int maxPerAddress;
    private final Duration timeout;
    private final AtomicInteger total = new AtomicInteger();
    private final Map<String, AtomicInteger> perAddress = new ConcurrentHashMap<>();
    // Writes block while a client's socket is full; enough writers that a few stuck clients
    // (cut off at their socket's write timeout, or when their queue overflows) delay nobody else.
    private volatile ExecutorService senders = newSenders();

    EventStreams(EventHub hub,
            @Value("${slotwise.events.max-subscribers:5000}") int maxTotal,
            @Value("${slotwise.events.max-subscribers-per-address:50}") int maxPerAddress,
            @Value("${slotwise.events.stream-timeout:PT30M}") Duration timeout) {
        this.hub = hub;
        this.maxTotal = maxTotal;
        this.maxPerAddress = maxPerAddress;
        this.timeout = timeout;
    }

    /**
     * A stream of the venue's events from now on (after replaying what {@code lastEventId}
     * missed). Streams end after the timeout; clients reconnect with their last event id.
     */
    SseEmitter open(UUID venueId, boolean staff, String address, String lastEventId) {
        AtomicInteger fromAddress = perAddress.computeIfAbsent(address, a -> new AtomicInteger());
        if (total.incrementAndGet() > maxTotal | fromAddress.incrementAndGet() > maxPerAddress) {
            total.decrementAndGet();
            fromAddress.decrementAndGet();
            throw new RateLimitedException("Too many open event streams; retry later", 30);
        }
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Subscriber subscriber = new Subscriber(emitter, staff, address, task -> senders.execute(task), s -> {
            hub.unsubscribe(venueId, s);
            total.decrementAndGet();
            perAddress.computeIfPresent(address, (a, n) -> n.decrementAndGet() <= 0 ? null : n);
        });
        emitter.onCompletion(subscriber::close);
        emitter.onTimeout(subscriber::close);
        emitter.onError(e -> subscriber.close());
        hub.subscribe(venueId, subscriber, lastEventId);
        // A first comment sends the response headers at once, so the client knows it is live.
        subscriber.heartbeat();
        return emitter;
    }

    int open() {
        return total.get();
    }

    @Scheduled(fixedDelayString = "${slotwise.events.heartbeat:PT15S}")
    void heartbeat() {
        hub.all().forEach(Subscriber::heartbeat);
    }

    private volatile boolean running;

    private static ExecutorService newSenders() {
        return Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "event-sender");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts (or, after a stop, restarts) with a fresh pool of writers. */
    @Override
    public void start() {
        if (senders.isShutdown()) {
            senders = newSenders();
        }
        running = true;
    }

    /**
     * Ends every open stream (clients reconnect elsewhere or later): open streams would otherwise
     * hold the web server's graceful shutdown until they time out.
     */
    @Override
    public void stop() {
        running = false;
        hub.all().forEach(Subscriber::close);
        senders.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server starts its graceful shutdown. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
