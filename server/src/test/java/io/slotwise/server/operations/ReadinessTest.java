package io.slotwise.server.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import io.slotwise.server.SlotwiseServer;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.TestDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Readiness follows the database: a server whose PostgreSQL stops says it is not ready (so a load
 * balancer sends customers elsewhere) while it stays alive (so nothing restarts it for a database
 * outage), and is ready again once the database is back. Runs on a PostgreSQL server of its own,
 * since it stops it.
 */
@Tag("database")
class ReadinessTest {

    @Test
    void readinessGoesDownWithTheDatabaseAndComesBackWithIt() throws Exception {
        assumeThat(TestDatabase.postgres()).as("stops a database server of its own").isTrue();
        Path data = Files.createTempDirectory("slotwise-readiness-pg");
        EmbeddedPostgres database = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
        int databasePort = database.getPort();
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(SlotwiseServer.class).run("--server.port=0",
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"), "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--spring.datasource.hikari.connection-timeout=1000",
                "--spring.datasource.hikari.validation-timeout=1000", "--slotwise.jobs.release-expired-cron=-",
                "--slotwise.jobs.generate-cron=-", "--slotwise.jobs.reminders-cron=-", "--slotwise.jobs.retry-reactions-cron=-")) {
            Api api = new Api("http://localhost:" + server.getEnvironment().getProperty("local.server.port"));
            await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/actuator/health/readiness").status() == 200);

            database.close();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Api.Response readiness = api.get("/actuator/health/readiness");
                assertThat(readiness.status()).isEqualTo(503);
                assertThat(readiness.json().path("components").path("db").path("status").asString()).isEqualTo("DOWN");
            });
            assertThat(api.get("/actuator/health/liveness").status()).as("alive: restarting would not bring the database back").isEqualTo(200);
            assertThat(api.get("/actuator/health").json().path("components").path("eventRelay").path("status").asString())
                    .as("nothing from other instances reaches it either").isEqualTo("DOWN");

            database = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(databasePort).start();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Api.Response readiness = api.get("/actuator/health/readiness");
                assertThat(readiness.status()).isEqualTo(200);
                assertThat(readiness.json().path("components").path("eventRelay").path("status").asString()).isEqualTo("UP");
            });
        } finally {
            database.close();
        }
    }
}
