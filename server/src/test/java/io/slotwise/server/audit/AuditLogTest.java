package io.slotwise.server.audit;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.DatabaseTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Staff and kiosk changes leave who, what, when, before and after; owners read them. */
class AuditLogTest extends DatabaseTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void changesByStaffAndKiosksAreRecordedWithTheirStateBeforeAndAfter() {
        var activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(3), 6);
        UUID venue = activity.venueId();
        UUID organization = jdbc.sql("SELECT organization_id FROM venues WHERE id = :id").param("id", venue).query(UUID.class).single();
        Api owner = api().as(fixtures.ownerToken(venue));
        JsonNode device = owner.post("/api/v1/venues/" + venue + "/kiosk-devices", map("name", "Lobby")).json();
        Api kiosk = api().as(device.path("token").asString());
        String hold = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "a@example.com"))
                .json().path("id").asString();

        owner.patch("/api/v1/sessions/" + session, map("capacityTotal", 8));
        assertThat(owner.post("/api/v1/venues/" + venue + "/schedule-preview", map("schedule", map("operatingDays", List.of("Monday"),
                "startTime", "10:00", "endTime", "12:00", "slotInterval", 60), "durationMinutes", 60,
                "from", java.time.LocalDate.now(clock).toString(), "days", 7)).status())
                .as("a preview is answered, and changes nothing").isEqualTo(200);
        kiosk.post("/api/v1/reservations/" + hold + "/confirm", map("customerName", "Ann", "paymentMethod", "CARD", "paymentReference", "TERM-1"));
        owner.patch("/api/v1/sessions/" + session, map("capacityTotal", 1));

        JsonNode entries = owner.get("/api/v1/organizations/" + organization + "/audit-log").json();
        assertThat(entries).hasSize(3);
        JsonNode confirm = entries.get(0);
        assertThat(confirm.path("actorKind").asString()).isEqualTo("KIOSK");
        assertThat(confirm.path("actorName").asString()).isEqualTo("kiosk Lobby");
        assertThat(confirm.path("action").asString()).isEqualTo("POST /api/v1/reservations/{holdId}/confirm");
        assertThat(confirm.path("entityType").asString()).isEqualTo("hold");
        assertThat(confirm.path("before").asString()).contains("\"status\":\"HELD\"");
        assertThat(confirm.path("after").asString()).contains("\"bookingNumber\":\"SW-");
        JsonNode capacity = entries.get(1);
        assertThat(capacity.path("actorKind").asString()).isEqualTo("STAFF");
        assertThat(capacity.path("entityId").asString()).isEqualTo(session.toString());
        assertThat(capacity.path("before").asString()).contains("\"capacityTotal\":6");
        assertThat(capacity.path("after").asString()).contains("\"capacityTotal\":8");
        JsonNode registered = entries.get(2);
        assertThat(registered.path("action").asString()).isEqualTo("POST /api/v1/venues/{venueId}/kiosk-devices");
        assertThat(registered.path("after").asString()).as("the issued token is never stored")
                .doesNotContain(device.path("token").asString()).doesNotContain("\"token\"");
    }

    @Test
    void onlyOwnersOfTheOrganizationReadTheLog() {
        var venue = fixtures.venue("Europe/Berlin");
        UUID organization = venue.organizationId();

        assertThat(api().as(fixtures.staffToken(venue.id())).get("/api/v1/organizations/" + organization + "/audit-log").status())
                .isEqualTo(403);
        assertThat(api().as(fixtures.ownerToken(fixtures.venue("Europe/Berlin").id()))
                .get("/api/v1/organizations/" + organization + "/audit-log").status()).isEqualTo(404);
    }
}
