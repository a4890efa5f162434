package io.slotwise.server.message;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import io.slotwise.common.api.ActivityDetails;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.TestMail;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The venue's messages as staff see them: what waits or failed, and each mail readable as the
 * customer will get it, before it is sent (a venue without a mail server sees its mails here).
 */
class VenueMessagesTest extends DatabaseTest {

    @Autowired
    MessageDispatcher dispatcher;

    @AfterEach
    void mailServerBack() {
        TestMail.shared().start();
    }

    private JsonNode book(UUID session, String email, String name) {
        JsonNode held = api().post("/api/v1/public/reservations",
                map("sessionId", session, "partySize", 3, "email", email, "locale", "de")).json();
        Api.Response confirmed = api().post("/api/v1/public/reservations/" + held.path("id").asString() + "/confirm",
                map("customerName", name), "X-Hold-Token", held.path("holdToken").asString());
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(201);
        return confirmed.json();
    }

    @Test
    void staffSeeWhatWaitsAndReadEachMailAsTheCustomerWillGetIt() {
        ActivityDetails activity = fixtures.activityIn("Europe/Vienna");
        UUID session = fixtures.session(activity, Duration.ofDays(2), 8);
        Api staff = api().as(fixtures.staffToken(activity.venueId()));
        String email = "waiting-" + UUID.randomUUID() + "@example.com";
        TestMail.shared().stop();
        JsonNode booking = book(session, email, "Lena Huber");
        dispatcher.dispatch(); // the mail server is down: the mail waits, with the reason

        JsonNode attention = staff.get("/api/v1/venues/" + activity.venueId() + "/messages?status=PENDING&status=FAILED").json();
        assertThat(attention).hasSize(1);
        JsonNode waiting = attention.get(0);
        assertThat(waiting.path("kind").asString()).isEqualTo("BOOKING_CONFIRMED");
        assertThat(waiting.path("recipient").asString()).isEqualTo(email);
        assertThat(waiting.path("status").asString()).isEqualTo("PENDING");
        assertThat(waiting.path("attempts").asInt()).isEqualTo(1);
        assertThat(waiting.path("lastError").asString()).isNotBlank();

        JsonNode preview = staff.get("/api/v1/messages/" + waiting.path("id").asString() + "/preview").json();
        assertThat(preview.path("to").asString()).isEqualTo(email);
        assertThat(preview.path("subject").asString()).startsWith("Ihre Buchung").contains(activity.name());
        assertThat(preview.path("text").asString()).contains("Lena Huber").contains(booking.path("bookingNumber").asString())
                .contains("/manage?booking=" + booking.path("bookingNumber").asString() + "&token=");
        assertThat(preview.path("html").asString()).contains("<html").contains(booking.path("bookingNumber").asString());
        assertThat(Biweekly.parse(preview.path("calendar").asString()).first().getEvents().get(0).getUid().getValue())
                .isEqualTo("booking-" + booking.path("id").asString() + "@slotwise");

        TestMail.shared().start();
        clock.advance(Duration.ofMinutes(5)); // past the first retry's wait
        dispatcher.dispatch();
        assertThat(staff.get("/api/v1/venues/" + activity.venueId() + "/messages?status=PENDING&status=FAILED").json())
                .as("nothing needs attention once it is sent").isEmpty();
        assertThat(staff.get("/api/v1/venues/" + activity.venueId() + "/messages").json())
                .singleElement().satisfies(m -> assertThat(m.path("status").asString()).isEqualTo("SENT"));
    }

    @Test
    void webhookEventsAreListedWithTheirBody() {
        ActivityDetails activity = fixtures.activityIn("Europe/Vienna");
        UUID session = fixtures.session(activity, Duration.ofDays(2), 8);
        Api owner = api().as(fixtures.ownerToken(activity.venueId()));
        owner.post("/api/v1/venues/" + activity.venueId() + "/webhooks",
                map("url", "http://127.0.0.1:9/never", "events", java.util.List.of("booking.confirmed")));
        JsonNode booking = book(session, "hooked-" + UUID.randomUUID() + "@example.com", "Max");

        JsonNode webhook = null;
        for (JsonNode m : owner.get("/api/v1/venues/" + activity.venueId() + "/messages?status=pending").json()) {
            if (m.path("kind").asString().equals("WEBHOOK_EVENT")) {
                webhook = m;
            }
        }
        assertThat(webhook).as("the webhook event among the venue's messages").isNotNull();
        assertThat(webhook.path("recipient").asString()).isEqualTo("http://127.0.0.1:9/never");
        JsonNode preview = owner.get("/api/v1/messages/" + webhook.path("id").asString() + "/preview").json();
        assertThat(preview.path("subject").asString()).isEqualTo("booking.confirmed");
        assertThat(preview.path("text").asString()).contains(booking.path("bookingNumber").asString());
    }

    @Test
    void aStatusOrLimitThatMeansNothingIsRefusedWithItsReason() {
        ActivityDetails activity = fixtures.activityIn("Europe/Vienna");
        Api staff = api().as(fixtures.staffToken(activity.venueId()));

        Api.Response badStatus = staff.get("/api/v1/venues/" + activity.venueId() + "/messages?status=LOST");
        Api.Response badLimit = staff.get("/api/v1/venues/" + activity.venueId() + "/messages?limit=0");

        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.json().path("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(badStatus.text()).contains("status");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.text()).contains("limit");
    }
}
