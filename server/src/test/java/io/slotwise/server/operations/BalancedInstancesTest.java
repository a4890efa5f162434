package io.slotwise.server.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.ServerProcess;
import io.slotwise.server.support.TestDatabase;
import io.slotwise.server.support.Together;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The deployment docs/operations.md describes, for real: two server processes on one PostgreSQL
 * behind HAProxy (the repository's own {@code docs/deploy/haproxy.cfg}), customers holding and
 * booking through the balancer from addresses of their own, event subscribers on it, and one
 * instance killed ({@code kill -9}) in the middle and started again. Nothing acknowledged is
 * lost, the capacity invariant holds, subscribers carry on, and the rate limit of an address is
 * one limit whichever instance answers. {@code bench/run.sh balanced} is the longer version.
 */
class BalancedInstancesTest extends DatabaseTest {

    /** {@code bench/run.sh balanced} runs this test with more customers and threads, against the PostgreSQL service. */
    static final int CUSTOMERS = Integer.getInteger("slotwise.balanced.customers", 60);
    static final int THREADS = Integer.getInteger("slotwise.balanced.threads", 6);

    @Autowired
    JdbcClient jdbc;

    private List<String> instanceArguments() {
        List<String> arguments = new ArrayList<>(sameDatabaseArguments());
        arguments.addAll(List.of("--slotwise.jobs.release-expired-cron=-", "--slotwise.jobs.generate-cron=-",
                "--slotwise.jobs.reminders-cron=-", "--slotwise.jobs.retry-reactions-cron=-",
                // as the recipe says: the client's address from HAProxy, one token key for all instances
                "--server.forward-headers-strategy=native", "--slotwise.security.token-key=balanced-instances-test-token-key-0123456789",
                "--slotwise.rate-limit.enabled=true", "--slotwise.rate-limit.holds-per-minute=" + BalancedClient.HOLDS_PER_MINUTE,
                "--slotwise.rate-limit.reads-per-minute=100000", "--slotwise.events.max-subscribers-per-address=1000",
                "--slotwise.events.flush-interval=PT0.05S"));
        return arguments;
    }

    @Test
    void killingAnInstanceMidLoadLosesNothingAcknowledgedAndSubscribersCarryOn() throws Exception {
        assumeThat(TestDatabase.postgres()).as("several instances need PostgreSQL").isTrue();
        Path haproxy = Path.of("/usr/sbin/haproxy");
        assumeThat(Files.isExecutable(haproxy)).as("HAProxy (apt-get install haproxy; .ci/run installs it)").isTrue();
        ActivityDetails activity = fixtures.activity(500, 1, 4, PaymentMode.PAY_AT_VENUE);
        List<UUID> sessions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            // Room for most customers, so that some sessions fill up under the load too.
            sessions.add(fixtures.session(activity, Duration.ofHours(3 + i), Math.max(12, CUSTOMERS / 5)));
        }
        String key = api().as(fixtures.ownerToken(activity.venueId())).get("/api/v1/venues/" + activity.venueId())
                .json().path("embedKey").asString();

        try (ServerProcess one = ServerProcess.start("balanced-app1", 0, instanceArguments());
                ServerProcess two = ServerProcess.start("balanced-app2", 0, instanceArguments());
                Balancer balancer = Balancer.start(haproxy, one.port(), two.port())) {
            BalancedClient probe = new BalancedClient(balancer.url(), "127.0.3.1");
            await().atMost(Duration.ofSeconds(180)).until(() -> {
                balancer.assertRunning();
                return probe.servedByBoth("/api/v1/public/venues/" + key);
            });

            List<ResumingSubscriber> subscribers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                subscribers.add(ResumingSubscriber.open(balancer.url() + "/api/v1/public/venues/" + key + "/events", "127.0.4." + (i + 1)));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> subscribers.stream().allMatch(ResumingSubscriber::connected));

            Map<UUID, String> acknowledgedHolds = new ConcurrentHashMap<>();
            Map<UUID, String> acknowledgedBookings = new ConcurrentHashMap<>();
            AtomicInteger started = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            AtomicInteger retries = new AtomicInteger();
            java.util.concurrent.atomic.AtomicLong longestWaitMillis = new java.util.concurrent.atomic.AtomicLong();
            java.time.Instant loadStarted = java.time.Instant.now();
            Thread chaos = new Thread(() -> {
                try {
                    await().atMost(Duration.ofSeconds(120)).until(() -> started.get() >= CUSTOMERS / 3);
                    one.kill();
                    await().atMost(Duration.ofSeconds(120)).until(() -> started.get() >= CUSTOMERS * 2 / 3);
                    one.start();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            chaos.start();
            Together.run(THREADS, thread -> {
                for (int n = started.getAndIncrement(); n < CUSTOMERS; n = started.getAndIncrement()) {
                    // Each customer from an address of its own: the rate limit is per address.
                    BalancedClient customer = new BalancedClient(balancer.url(), "127.1." + (n / 250) + "." + (n % 250 + 1));
                    UUID session = sessions.get(n % sessions.size());
                    var hold = customer.hold(session, 1 + n % 2, "balanced-" + n + "@example.com");
                    if (hold.isEmpty()) {
                        refused.incrementAndGet(); // full: a fair answer, nothing to keep
                        continue;
                    }
                    acknowledgedHolds.put(hold.get().id(), hold.get().servedBy());
                    customer.confirm(hold.get()).ifPresent(number -> acknowledgedBookings.put(hold.get().id(), number));
                    retries.addAndGet(customer.retries());
                    longestWaitMillis.accumulateAndGet(customer.longestWait().toMillis(), Math::max);
                }
            });
            Duration load = Duration.between(loadStarted, java.time.Instant.now());
            chaos.join(TimeUnit.MINUTES.toMillis(3));

            await().atMost(Duration.ofSeconds(180)).until(() -> probe.servedByBoth("/api/v1/public/venues/" + key));
            assertThat(new HashSet<>(acknowledgedHolds.values())).as("both instances took holds").contains("app1", "app2");
            assertThat(acknowledgedHolds).hasSizeGreaterThan(CUSTOMERS / 2);
            assertThat(acknowledgedBookings.keySet()).as("every acknowledged hold was confirmed (retried through the other instance)")
                    .isEqualTo(acknowledgedHolds.keySet());
            for (var booked : acknowledgedBookings.entrySet()) {
                assertThat(jdbc.sql("SELECT status FROM bookings WHERE reservation_id = :hold AND booking_number = :number")
                        .param("hold", booked.getKey()).param("number", booked.getValue()).query(String.class).optional())
                        .as("booking %s", booked.getValue()).contains("CONFIRMED");
            }
            assertThat(jdbc.sql("SELECT COUNT(*) FROM bookings b JOIN activity_sessions s ON s.id = b.session_id WHERE s.activity_id = :a")
                    .param("a", activity.id()).query(Integer.class).single()).as("no booking twice").isEqualTo(acknowledgedBookings.size());
            fixtures.assertCapacityInvariant();

            // Subscribers resumed (on the instance that lived, with a resync) and hear what happens now.
            UUID later = fixtures.session(activity, Duration.ofHours(30), 5);
            BalancedClient latecomer = new BalancedClient(balancer.url(), "127.0.3.2");
            assertThat(latecomer.hold(later, 1, "late@example.com")).isPresent();
            for (ResumingSubscriber subscriber : subscribers) {
                await().atMost(Duration.ofSeconds(30)).until(() -> subscriber.saw(later));
                assertThat(subscriber.reconnections() == 0 || subscriber.sawResync())
                        .as("a subscriber whose instance died was told to re-fetch").isTrue();
                subscriber.close();
            }
            assertThat(subscribers.stream().mapToInt(ResumingSubscriber::reconnections).sum())
                    .as("some subscribers were on the killed instance").isPositive();

            // One address, many holds, answered by both instances in turn: one limit, not one per instance.
            UUID roomy = fixtures.session(activity, Duration.ofHours(20), 500);
            BalancedClient greedy = new BalancedClient(balancer.url(), "127.0.5.1");
            Set<String> servedBy = new HashSet<>();
            int created = 0;
            int limited = 0;
            int attempts = BalancedClient.HOLDS_PER_MINUTE * 2;
            for (int i = 0; i < attempts; i++) {
                var answer = greedy.rawHold(roomy, "greedy@example.com");
                servedBy.add(answer.servedBy());
                if (answer.status() == 201) {
                    created++;
                } else if (answer.status() == 429) {
                    limited++;
                }
            }
            assertThat(servedBy).containsExactlyInAnyOrder("app1", "app2");
            // A token comes back every 3 s; the loop may outlast one.
            assertThat(created).as("the address's holds, counted across both instances")
                    .isBetween(BalancedClient.HOLDS_PER_MINUTE, BalancedClient.HOLDS_PER_MINUTE + 1);
            assertThat(limited).isEqualTo(attempts - created);

            Files.writeString(Path.of("target", "balanced-instances.md"), String.format(java.util.Locale.ROOT, """
                    | customers | threads | held and booked | refused (full) | seconds | bookings/s | retried calls | longest call, retries included | subscriber reconnections | holds of one address allowed (limit %d/min, two instances) |
                    |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                    | %d | %d | %d | %d | %.1f | %.1f | %d | %d ms | %d | %d |
                    """, BalancedClient.HOLDS_PER_MINUTE, CUSTOMERS, THREADS, acknowledgedBookings.size(), refused.get(),
                    load.toMillis() / 1000.0, acknowledgedBookings.size() / (load.toMillis() / 1000.0), retries.get(),
                    longestWaitMillis.get(), subscribers.stream().mapToInt(ResumingSubscriber::reconnections).sum(), created));
        }
    }
}
