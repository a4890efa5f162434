package io.slotwise.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.slotwise.common.api.HoldRequest;
import io.slotwise.server.reservation.HoldService;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.DatabaseTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The server as the README's demo command starts it ({@code slotwise.demo=true}), with the
 * expiry sweep on a one-second schedule so that the schedule itself is proven.
 */
class DemoModeTest extends DatabaseTest {

    @DynamicPropertySource
    static void demoMode(DynamicPropertyRegistry registry) {
        registry.add("slotwise.demo", () -> "true");
        registry.add("slotwise.jobs.release-expired-cron", () -> "* * * * * *");
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HoldService holds;

    @Test
    void demoDataIsLoadedAsDocumented() {
        Api api = api();

        JsonNode downtown = api.get("/api/v1/public/venues/demo").json();
        JsonNode rival = api.get("/api/v1/public/venues/rival").json();

        assertThat(downtown.path("name").asString()).isEqualTo("Downtown");
        assertThat(downtown.path("activities")).hasSize(3);
        assertThat(downtown.path("activities").findValuesAsString("paymentMode")).contains("PREPAY", "PAY_AT_VENUE");
        assertThat(rival.path("activities")).isNotEmpty();
        assertThat(jdbc.sql("SELECT name FROM organizations ORDER BY name").query(String.class).list())
                .contains("Demo Escape Rooms", "Rival Axe Throwing");
        assertThat(password("owner@demo.slotwise.io")).satisfies(hash -> assertThat(new BCryptPasswordEncoder().matches("demo-owner", hash)).isTrue());
        assertThat(password("owner@rival.slotwise.io")).satisfies(hash -> assertThat(new BCryptPasswordEncoder().matches("rival-owner", hash)).isTrue());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kiosk_devices WHERE venue_id = :v").param("v", UUID.fromString(downtown.path("id").asString()))
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM bookings").query(Integer.class).single()).isGreaterThanOrEqualTo(3);

        String tomb = downtown.path("activities").findValuesAsString("id").get(1);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        JsonNode lateInMonth = api.get("/api/v1/public/activities/" + tomb + "/sessions?from=" + today.plusDays(23)
                + "&to=" + today.plusDays(29)).json();
        assertThat(lateInMonth).as("sessions are generated 30 days ahead").isNotEmpty();
        fixtures.assertCapacityInvariant();
    }

    @Test
    void theExpirySweepRunsOnItsSchedule() {
        UUID session = fixtures.openSession(5);
        var hold = holds.hold(new HoldRequest(session, 2, "sweep@example.com"), null);
        assertThat(fixtures.remaining(session)).isEqualTo(3);

        clock.advance(Duration.ofMinutes(11));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(fixtures.holdStatus(hold.id())).isEqualTo("EXPIRED"));
        assertThat(fixtures.remaining(session)).isEqualTo(5);
    }

    private String password(String email) {
        return jdbc.sql("SELECT password_hash FROM staff_users WHERE email = :e").param("e", email).query(String.class).single();
    }
}
