package io.slotwise.server.message;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.server.SlotwiseServer;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.ServerProcess;
import io.slotwise.server.support.TestDatabase;
import io.slotwise.server.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Delivery when there is more than one server: two instances on one PostgreSQL dispatching the
 * same outbox at once send each mail once; a server killed in the middle of sending leaves the
 * mail to be sent, once, by whoever runs next, with the same Message-ID.
 */
class DeliveryAcrossInstancesTest extends DatabaseTest {

    @Autowired
    MessageDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    private List<String> instanceArguments(int mailPort, String... more) {
        List<String> args = new ArrayList<>(sameDatabaseArguments());
        args.addAll(List.of("--server.port=0", "--slotwise.jobs.release-expired-cron=-", "--slotwise.jobs.generate-cron=-", "--slotwise.jobs.reminders-cron=-",
                "--slotwise.jobs.retry-reactions-cron=-", "--slotwise.rate-limit.enabled=false",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mailPort, "--slotwise.mail.dispatch-every=PT0.05S"));
        args.addAll(List.of(more));
        return args;
    }

    private JsonNode book(UUID session, String email) {
        JsonNode held = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 1, "email", email)).json();
        Api.Response confirmed = api().post("/api/v1/public/reservations/" + held.path("id").asString() + "/confirm",
                map("customerName", "Guest"), "X-Hold-Token", held.path("holdToken").asString());
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(201);
        return confirmed.json();
    }

    @Test
    void twoInstancesDispatchingTheSameOutboxSendEachMailOnce() throws Exception {
        assumeThat(TestDatabase.postgres()).as("several instances need PostgreSQL").isTrue();
        ActivityDetails activity = fixtures.activityIn("Europe/Madrid");
        UUID session = fixtures.session(activity, Duration.ofDays(3), 40);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            recipients.add("twice-" + run + "-" + i + "@example.com");
        }

        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(SlotwiseServer.class)
                .run(instanceArguments(TestMail.shared().port()).toArray(String[]::new))) {
            // This instance dispatches as fast as it can too, while the bookings come in.
            AtomicBoolean running = new AtomicBoolean(true);
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            Thread here = new Thread(() -> {
                while (running.get()) {
                    try {
                        dispatcher.dispatch();
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            });
            here.start();
            try {
                recipients.forEach(r -> book(session, r));
                await().atMost(Duration.ofSeconds(60)).until(() -> recipients.stream().allMatch(r -> !TestMail.shared().to(r).isEmpty()));
                await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                        "SELECT COUNT(*) FROM messages WHERE recipient LIKE :like AND status = 'SENT'")
                        .param("like", "twice-" + run + "-%").query(Integer.class).single() == recipients.size());
            } finally {
                running.set(false);
                here.join();
            }
            other.getBean(MessageDispatcher.class).dispatch();
            dispatcher.dispatch();
            assertThat(failures).isEmpty();
        }

        Map<String, Integer> received = recipients.stream().collect(Collectors.toMap(r -> r, r -> TestMail.shared().to(r).size()));
        assertThat(received).as("each customer got exactly one mail").allSatisfy((r, n) -> assertThat(n).isEqualTo(1));
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM message_attempts a JOIN messages m ON m.id = a.message_id
                WHERE m.recipient LIKE :like""").param("like", "twice-" + run + "-%").query(Integer.class).single())
                .as("one attempt per message: no instance sent one the other had").isEqualTo(recipients.size());
    }

    @Test
    void aServerKilledWhileSendingLeavesTheMailToBeSentOnceByTheNextWithTheSameId() throws Exception {
        assumeThat(TestDatabase.postgres()).as("a second server process needs a database it can reach").isTrue();
        ActivityDetails activity = fixtures.activityIn("Europe/Madrid");
        UUID session = fixtures.session(activity, Duration.ofDays(3), 8);
        String email = "killed-" + UUID.randomUUID() + "@example.com";
        book(session, email);
        UUID messageId = jdbc.sql("SELECT id FROM messages WHERE recipient = :r").param("r", email).query(UUID.class).single();

        // A mail server that takes the connection and then says nothing: the sender is stuck mid-send.
        try (ServerSocket silentSmtp = new ServerSocket(0)) {
            CountDownLatch connected = new CountDownLatch(1);
            List<Socket> held = new CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silentSmtp.accept());
                        connected.countDown();
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            List<String> arguments = new ArrayList<>(instanceArguments(silentSmtp.getLocalPort(),
                    "--spring.mail.properties.mail.smtp.connectiontimeout=600000", "--spring.mail.properties.mail.smtp.timeout=600000"));
            arguments.remove("--server.port=0");
            ServerProcess server = ServerProcess.start("killed-server", 0, arguments);
            try {
                assertThat(connected.await(120, TimeUnit.SECONDS)).as("the other server started sending").isTrue();
                assertThat(status(messageId)).isEqualTo("PENDING");
            } finally {
                server.kill(); // kill -9, mid-send
            }
            for (Socket socket : held) {
                socket.close();
            }
        }

        dispatcher.dispatch();
        assertThat(TestMail.shared().to(email)).as("its claim still stands: nobody sends it twice at once").isEmpty();
        java.time.Instant claimEnds = jdbc.sql("SELECT claimed_until FROM messages WHERE id = :id").param("id", messageId)
                .query(java.sql.Timestamp.class).single().toInstant();
        clock.set(claimEnds.plusSeconds(1)); // the dead server's claim runs out
        dispatcher.dispatch();
        dispatcher.dispatch();

        List<MimeMessage> received = TestMail.shared().to(email);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getMessageID()).isEqualTo("<" + messageId + "@slotwise>");
        assertThat(status(messageId)).isEqualTo("SENT");
    }

    private String status(UUID messageId) {
        return jdbc.sql("SELECT status FROM messages WHERE id = :id").param("id", messageId).query(String.class).single();
    }

    /** The server in a JVM of its own, from this test's class path, so that it can be killed like a real one. */
}
