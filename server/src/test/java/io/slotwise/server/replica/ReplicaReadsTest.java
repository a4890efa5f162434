package io.slotwise.server.replica;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.slotwise.server.SlotwiseServer;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.EventStreamClient;
import io.slotwise.server.support.StreamingReplica;
import io.slotwise.server.support.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Public reads from a read replica (a real streaming standby of a PostgreSQL server of this
 * test's own): they come from it once it has replayed what the server has heard of, never older
 * than an event already out, holds decide on the primary whatever the replica says, and a
 * replica that is down is not waited for. The server runs with the demo data and without the
 * public read cache, so that every read goes to a database.
 */
@Tag("database")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaReadsTest {

    static EmbeddedPostgres primary;
    static EmbeddedPostgres replica;
    static ConfigurableApplicationContext server;
    static Api api;
    static String base;

    @BeforeAll
    static void primaryReplicaAndServer() throws Exception {
        assumeThat(TestDatabase.postgres()).as("a PostgreSQL primary and its standby").isTrue();
        Path primaryData = Files.createTempDirectory("slotwise-primary-pg");
        primary = EmbeddedPostgres.builder().setDataDirectory(primaryData).start();
        replica = StreamingReplica.of(primary, primaryData);
        server = new SpringApplicationBuilder(SlotwiseServer.class).run("--server.port=0", "--slotwise.demo=true",
                "--spring.datasource.url=" + primary.getJdbcUrl("postgres", "postgres"), "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--slotwise.datasource.replica-url=" + replica.getJdbcUrl("postgres", "postgres"),
                "--slotwise.public-cache.enabled=false", "--slotwise.rate-limit.enabled=false",
                "--slotwise.jobs.release-expired-cron=-", "--slotwise.jobs.generate-cron=-", "--slotwise.jobs.reminders-cron=-",
                "--slotwise.jobs.retry-reactions-cron=-");
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
        api = new Api(base);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (replica != null) {
            replica.close();
        }
        if (primary != null) {
            primary.close();
        }
    }

    @Test
    @Order(1)
    void readsComeFromTheReplicaButNeverOlderThanAnEventAlreadyOut() throws Exception {
        UUID session = openSession(1);
        String availability = "/api/v1/public/sessions/" + session + "/availability?partySize=2";
        int before = awaitReadFromReplica(availability);

        StreamingReplica.pauseReplay(replica);
        takeBehindTheServersBack(session, 1);

        double replicaReads = reads("replica", "");
        assertThat(remaining(availability)).as("the replica answers, and has not replayed the change").isEqualTo(before);
        assertThat(reads("replica", "")).isGreaterThan(replicaReads);

        try (EventStreamClient events = new EventStreamClient(base + "/api/v1/public/venues/rival/events").awaitLive()) {
            assertThat(api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "r@example.com"))
                    .status()).isEqualTo(201);
            events.next(e -> e.type().equals("session.updated") && e.data().contains(session.toString()), Duration.ofSeconds(10));
        }
        double behind = reads("primary", "behind");
        assertThat(remaining(availability)).as("once the hold's event is out, the lagging replica is not asked")
                .isEqualTo(before - 3);
        assertThat(reads("primary", "behind")).isGreaterThan(behind);

        StreamingReplica.resumeReplay(replica);
        assertThat(awaitReadFromReplica(availability)).as("caught up, the replica answers again").isEqualTo(before - 3);
    }

    @Test
    @Order(2)
    void aHoldDecidesOnThePrimaryWhateverTheReplicaSays() throws Exception {
        UUID session = openSession(2);
        String availability = "/api/v1/public/sessions/" + session + "/availability?partySize=2";
        int before = awaitReadFromReplica(availability);
        StreamingReplica.pauseReplay(replica);
        try {
            takeBehindTheServersBack(session, before);

            Api.Response read = api.get(availability);
            assertThat(read.json().path("available").asBoolean()).as("the paused replica still sees places").isTrue();
            Api.Response hold = api.post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "p@example.com"));
            assertThat(hold.status()).isEqualTo(409);
            assertThat(hold.code()).isEqualTo("INSUFFICIENT_CAPACITY");
        } finally {
            StreamingReplica.resumeReplay(replica);
        }
    }

    @Test
    @Order(3)
    void aReplicaThatIsDownIsNotWaitedFor() throws Exception {
        UUID session = openSession(3);
        String availability = "/api/v1/public/sessions/" + session + "/availability?partySize=2";
        int before = awaitReadFromReplica(availability);
        replica.close();

        double unavailable = reads("primary", "unavailable");
        assertThat(remaining(availability)).as("answered by the primary").isEqualTo(before);
        assertThat(remaining(availability)).isEqualTo(before);
        assertThat(reads("primary", "unavailable")).as("both went to the primary").isGreaterThanOrEqualTo(unavailable + 2);
    }

    /** Reads until an answer comes from the replica (it has caught up with what the server heard); returns that answer's places. */
    private static int awaitReadFromReplica(String availability) {
        int[] remaining = new int[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            double fromReplica = reads("replica", "");
            remaining[0] = remaining(availability);
            return reads("replica", "") > fromReplica;
        });
        return remaining[0];
    }

    private static int remaining(String availability) {
        Api.Response read = api.get(availability);
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        return read.json().path("capacityRemaining").asInt();
    }

    private static double reads(String source, String reason) {
        return server.getBean(MeterRegistry.class).get("slotwise.replica.reads").tag("source", source).tag("reason", reason)
                .counter().count();
    }

    /** The {@code n}th open session of the demo rival venue's first activity, from tomorrow on, with places for a few parties. */
    private static UUID openSession(int n) {
        var venue = api.get("/api/v1/public/venues/rival").json();
        String activity = venue.path("activities").path(0).path("id").asString();
        LocalDate tomorrow = LocalDate.now(ZoneId.of(venue.path("timezone").asString("UTC"))).plusDays(1);
        var sessions = api.get("/api/v1/public/activities/" + activity + "/sessions?from=" + tomorrow + "&to=" + tomorrow.plusDays(6)).json();
        int found = 0;
        for (var s : sessions) {
            if (s.path("capacityRemaining").asInt() >= 6 && ++found == n) {
                return UUID.fromString(s.path("id").asString());
            }
        }
        throw new AssertionError("no open session " + n + " in " + sessions);
    }

    /** Takes places straight in the primary: no event, so only a database read can show it. */
    private static void takeBehindTheServersBack(UUID session, int places) throws Exception {
        try (Connection c = primary.getPostgresDatabase().getConnection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE activity_sessions SET capacity_remaining = capacity_remaining - ? WHERE id = ?")) {
            update.setInt(1, places);
            update.setObject(2, session);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
