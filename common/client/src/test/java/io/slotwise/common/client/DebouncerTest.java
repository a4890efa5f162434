package io.slotwise.common.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DebouncerTest {

    private static final Duration QUIET = Duration.ofMillis(500);

    private final ManualScheduler scheduler = new ManualScheduler();
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void twentyTriggersWithinTheQuietPeriodRunTheActionOnce() {
        try (Debouncer debouncer = new Debouncer(runs::incrementAndGet, QUIET, scheduler)) {
            for (int i = 0; i < 20; i++) {
                debouncer.trigger();
                scheduler.advance(Duration.ofMillis(20));
            }
            assertThat(runs).as("still inside the burst").hasValue(0);

            scheduler.advance(QUIET);
            assertThat(runs).hasValue(1);

            scheduler.advance(Duration.ofSeconds(10));
            assertThat(runs).as("no run without a new trigger").hasValue(1);
        }
    }

    @Test
    void twoBurstsSeparatedByMoreThanTheQuietPeriodRunTheActionTwice() {
        try (Debouncer debouncer = new Debouncer(runs::incrementAndGet, QUIET, scheduler)) {
            burst(debouncer);
            scheduler.advance(QUIET.plusMillis(100));
            burst(debouncer);
            scheduler.advance(QUIET.plusMillis(100));

            assertThat(runs).hasValue(2);
        }
    }

    @Test
    void theActionRunsOnlyAfterAFullQuietPeriodSinceTheLastTrigger() {
        try (Debouncer debouncer = new Debouncer(runs::incrementAndGet, QUIET, scheduler)) {
            debouncer.trigger();
            scheduler.advance(Duration.ofMillis(400));
            debouncer.trigger();
            scheduler.advance(Duration.ofMillis(400));
            assertThat(runs).as("the second trigger restarted the quiet period").hasValue(0);

            scheduler.advance(Duration.ofMillis(100));
            assertThat(runs).hasValue(1);
        }
    }

    @Test
    void closeDropsThePendingRunAndLaterTriggers() {
        Debouncer debouncer = new Debouncer(runs::incrementAndGet, QUIET, scheduler);
        debouncer.trigger();
        debouncer.close();
        debouncer.trigger();

        scheduler.advance(QUIET.multipliedBy(4));

        assertThat(runs).hasValue(0);
        assertThat(scheduler.pendingTasks()).isZero();
        assertThat(scheduler.isShutdown()).as("an injected scheduler stays the caller's").isFalse();
    }

    @Test
    void aFailingActionDoesNotStopLaterRuns() {
        try (Debouncer debouncer = new Debouncer(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("refresh failed");
            }
        }, QUIET, scheduler)) {
            debouncer.trigger();
            scheduler.advance(QUIET);
            debouncer.trigger();
            scheduler.advance(QUIET);

            assertThat(runs).hasValue(2);
        }
    }

    @Test
    void withItsOwnSchedulerABurstRunsTheActionOnceOnABackgroundThread() {
        AtomicInteger threadChecks = new AtomicInteger();
        Thread testThread = Thread.currentThread();
        try (Debouncer debouncer = new Debouncer(() -> {
            if (Thread.currentThread() != testThread) {
                threadChecks.incrementAndGet();
            }
            runs.incrementAndGet();
        }, Duration.ofMillis(100))) {
            for (int i = 0; i < 20; i++) {
                debouncer.trigger();
            }

            await().atMost(Duration.ofSeconds(5)).untilAtomic(runs, org.hamcrest.Matchers.equalTo(1));
            await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2))
                    .untilAtomic(runs, org.hamcrest.Matchers.equalTo(1));
            assertThat(threadChecks).hasValue(1);
        }
    }

    private static void burst(Debouncer debouncer) {
        for (int i = 0; i < 5; i++) {
            debouncer.trigger();
        }
    }
}
