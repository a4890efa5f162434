package io.slotwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a load: {@code clients} threads call as fast as they can, first for a warm-up, then for
 * the measured seconds; only the measured calls count, with their latencies.
 */
final class Measure {

    private Measure() {
    }

    /** One load thread's connection: each call is one measured operation, true when it succeeded. */
    interface Client extends AutoCloseable {
        boolean call() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** Opens a client per load thread, before the clock starts. */
    interface ClientFactory {
        Client open() throws Exception;
    }

    /** Runs {@code clients} threads for warm-up then measurement; counts only measured calls. */
    static Result run(String what, int clients, int warmup, int seconds, ClientFactory factory) throws Exception {
        Latencies latencies = new Latencies();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                long[] own = new long[1 << 16];
                int n = 0;
                try (Client client = factory.open()) {
                    ready.countDown();
                    go.await();
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= window[1]) {
                            break;
                        }
                        boolean ok;
                        try {
                            ok = client.call();
                        } catch (Exception e) {
                            ok = false;
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= window[0]) {
                            if (!ok) {
                                errors.incrementAndGet();
                            } else {
                                if (n == own.length) {
                                    own = java.util.Arrays.copyOf(own, n * 2);
                                }
                                own[n++] = t1 - t0;
                            }
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    ready.countDown();
                }
                latencies.addAll(own, n);
            });
            t.start();
            threads.add(t);
        }
        ready.await();
        long now = System.nanoTime();
        window[0] = now + warmup * 1_000_000_000L;
        window[1] = window[0] + seconds * 1_000_000_000L;
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        return new Result(what, clients, latencies.count(), seconds, latencies.percentileMillis(50),
                latencies.percentileMillis(99), errors.get(), 0);
    }

}
