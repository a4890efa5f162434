package io.slotwise.server.events;

import java.io.IOException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open event stream. Events are queued (bounded) and written by a shared sender pool, never
 * by the thread that produced them: a slow or dead client fills only its own queue, and is cut
 * off when that is full (it reconnects and catches up, or resyncs). What a reconnecting client
 * missed is handed over once, as a backlog written before the live queue: a replay can be as
 * long as the hub's window, far longer than the live queue.
 */
final class Subscriber {

    static final int QUEUE = 256;

    private final SseEmitter emitter;
    private final boolean staff;
    private final String address;
    private final Executor senders;
    private final Consumer<Subscriber> onClose;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    /** Missed events to send before anything live; filled once, when the stream opens. */
    private final Queue<EventHub.Numbered> backlog = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    /** A comment line that keeps idle connections open through proxies. */
    private static final Object HEARTBEAT = new Object();

    Subscriber(SseEmitter emitter, boolean staff, String address, Executor senders, Consumer<Subscriber> onClose) {
        this.emitter = emitter;
        this.staff = staff;
        this.address = address;
        this.senders = senders;
        this.onClose = onClose;
    }

    boolean staff() {
        return staff;
    }

    String address() {
        return address;
    }

    void offer(EventHub.Numbered event) {
        enqueue(event);
    }

    /** The events this client missed, oldest first: written before any live event. */
    void replay(List<EventHub.Numbered> missed) {
        backlog.addAll(missed);
        if (!missed.isEmpty() && draining.compareAndSet(false, true)) {
            senders.execute(this::drain);
        }
    }

    void heartbeat() {
        enqueue(HEARTBEAT);
    }

    private void enqueue(Object item) {
        if (closed.get()) {
            return;
        }
        if (!queue.offer(item)) {
            close();
            return;
        }
        if (draining.compareAndSet(false, true)) {
            senders.execute(this::drain);
        }
    }

    private void drain() {
        try {
            for (EventHub.Numbered missed; (missed = backlog.poll()) != null; ) {
                send(missed);
            }
            for (Object item; (item = queue.poll()) != null; ) {
                if (item == HEARTBEAT) {
                    emitter.send(SseEmitter.event().comment("heartbeat"));
                } else {
                    send((EventHub.Numbered) item);
                }
            }
        } catch (IOException | RuntimeException gone) {
            close();
            return;
        } finally {
            draining.set(false);
        }
        // An item may have arrived after the last poll and before the flag was cleared.
        if ((!queue.isEmpty() || !backlog.isEmpty()) && draining.compareAndSet(false, true)) {
            senders.execute(this::drain);
        }
    }

    private void send(EventHub.Numbered n) throws IOException {
        emitter.send(SseEmitter.event().id(n.id()).name(n.event().type()).data(n.event()));
    }

    void close() {
        if (closed.compareAndSet(false, true)) {
            queue.clear();
            backlog.clear();
            onClose.accept(this);
            try {
                emitter.complete();
            } catch (RuntimeException alreadyGone) {
                // The client or the container ended the response first: nothing left to close.
            }
        }
    }
}
