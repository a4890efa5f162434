package io.slotwise.server.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.slotwise.common.api.VenueEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A subscriber whose socket stops taking data delays nobody else, and is cut off when it falls behind. */
class SlowSubscriberTest {

    private final ExecutorService senders = Executors.newFixedThreadPool(4);
    private final CountDownLatch stuck = new CountDownLatch(1);

    @AfterEach
    void release() {
        stuck.countDown();
        senders.shutdownNow();
    }

    /** A stream whose writes block until the test ends, like a client that stopped reading. */
    private SseEmitter blocked() {
        return new SseEmitter() {
            @Override
            public void send(SseEventBuilder builder) throws IOException {
                try {
                    stuck.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
        };
    }

    private static final class Recording extends SseEmitter {
        final List<Object> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(SseEventBuilder builder) {
            sent.add(builder);
        }
    }

    @Test
    void aStuckSubscriberNeitherBlocksThePublisherNorTheOthers() {
        AtomicBoolean slowClosed = new AtomicBoolean();
        Subscriber slow = new Subscriber(blocked(), false, "10.0.0.1", senders, s -> slowClosed.set(true));
        Recording fastStream = new Recording();
        Subscriber fast = new Subscriber(fastStream, false, "10.0.0.2", senders, s -> { });
        UUID session = UUID.randomUUID();

        // The stuck stream is offered more than its queue holds; the healthy one a queue's worth.
        for (int i = 0; i < Subscriber.QUEUE + 2; i++) {
            EventHub.Numbered event = new EventHub.Numbered("x-" + i, i,
                    new VenueEvent.SessionUpdated(session, UUID.randomUUID(), i, io.slotwise.common.api.SessionStatus.OPEN), false);
            // Offering never waits for a socket: this loop finishes although one stream is stuck.
            slow.offer(event);
            if (i < Subscriber.QUEUE) {
                fast.offer(event);
            }
        }

        await().atMost(Duration.ofSeconds(5)).until(() -> fastStream.sent.size() == Subscriber.QUEUE);
        assertThat(slowClosed).as("the stuck subscriber was cut off when its queue overflowed").isTrue();
    }
}
