package io.slotwise.server.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Real parallel load: {@code threads} threads, each on its own connection, released at once by a latch. */
public final class Together {

    /** One thread's work; {@code index} tells the threads apart. */
    @FunctionalInterface
    public interface Task {
        void run(int index) throws Exception;
    }

    private Together() {
    }

    /** Runs {@code task} on {@code threads} threads started at the same instant, and waits for all of them. */
    public static void run(int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Void>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int index = i;
            Callable<Void> call = () -> {
                ready.countDown();
                go.await();
                task.run(index);
                return null;
            };
            futures.add(pool.submit(call));
        }
        ready.await();
        go.countDown();
        try {
            for (Future<Void> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
