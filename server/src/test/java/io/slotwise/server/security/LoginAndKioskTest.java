package io.slotwise.server.security;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.organization.OrganizationService;
import io.slotwise.server.security.Role;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Logging in, what a token lets a staff member do, and what a kiosk device may do. */
class LoginAndKioskTest extends DatabaseTest {

    @Autowired
    OrganizationService organizations;

    @Test
    void staffLogInWithEmailAndPasswordAndSeeTheirOrganizations() {
        UUID org = organizations.create("Lanes & Co");
        String email = "desk-" + UUID.randomUUID() + "@lanes.example";
        organizations.addMember(org, email, "Desk", "correct horse", Role.STAFF);

        Response ok = api().post("/api/v1/auth/login", map("email", email.toUpperCase(), "password", "correct horse"));

        assertThat(ok.status()).isEqualTo(200);
        JsonNode body = ok.json();
        assertThat(body.path("accessToken").asString()).isNotBlank();
        assertThat(body.path("expiresAt").asString()).isNotBlank();
        assertThat(body.path("user").path("email").asString()).isEqualTo(email);
        assertThat(body.path("user").has("passwordHash")).isFalse();
        assertThat(body.path("memberships").get(0).path("organizationName").asString()).isEqualTo("Lanes & Co");
        assertThat(body.path("memberships").get(0).path("role").asString()).isEqualTo("STAFF");
        Response venues = api().as(body.path("accessToken").asString()).get("/api/v1/organizations/" + org + "/venues");
        assertThat(venues.status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        UUID org = organizations.create("Escape");
        String email = "owner-" + UUID.randomUUID() + "@escape.example";
        organizations.addMember(org, email, "Owner", "right password", Role.OWNER);

        Response wrong = api().post("/api/v1/auth/login", map("email", email, "password", "wrong password"));
        Response unknown = api().post("/api/v1/auth/login", map("email", "nobody@escape.example", "password", "right password"));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().path("detail").asString()).isEqualTo(wrong.json().path("detail").asString());
        assertThat(api().post("/api/v1/auth/login", map("email", email)).code()).isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void tokensExpire() {
        var venue = fixtures.venue("Europe/Berlin");
        String token = fixtures.ownerToken(venue.id());
        assertThat(api().as(token).get("/api/v1/venues/" + venue.id()).status()).isEqualTo(200);

        clock.advance(Duration.ofHours(12).plusSeconds(1));

        Response late = api().as(token).get("/api/v1/venues/" + venue.id());
        assertThat(late.status()).isEqualTo(401);
        assertThat(late.code()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void loggingOutEndsThatTokenOnly() {
        UUID org = organizations.create("Logout");
        String email = "out-" + UUID.randomUUID() + "@example.com";
        organizations.addMember(org, email, "Out", "the password", Role.OWNER);
        String first = login(email, "the password");
        String second = login(email, "the password");

        assertThat(api().as(first).post("/api/v1/auth/logout", "").status()).isEqualTo(204);

        assertThat(api().as(first).get("/api/v1/organizations/" + org + "/venues").status()).isEqualTo(401);
        assertThat(api().as(second).get("/api/v1/organizations/" + org + "/venues").status()).isEqualTo(200);
        assertThat(api().post("/api/v1/auth/logout", "").status()).isEqualTo(401);
    }

    @Test
    void changingThePasswordEndsEveryEarlierToken() {
        UUID org = organizations.create("Password");
        String email = "pw-" + UUID.randomUUID() + "@example.com";
        organizations.addMember(org, email, "Pw", "old password", Role.OWNER);
        String token = login(email, "old password");

        Response wrongCurrent = api().as(token).post("/api/v1/auth/password", map("currentPassword", "nope", "newPassword", "new password 1"));
        Response tooShort = api().as(token).post("/api/v1/auth/password", map("currentPassword", "old password", "newPassword", "short"));
        Response changed = api().as(token).post("/api/v1/auth/password", map("currentPassword", "old password", "newPassword", "new password 1"));

        assertThat(wrongCurrent.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(tooShort.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(api().as(token).get("/api/v1/organizations/" + org + "/venues").status()).isEqualTo(401);
        assertThat(api().post("/api/v1/auth/login", map("email", email, "password", "old password")).status()).isEqualTo(401);
        String fresh = login(email, "new password 1");
        assertThat(api().as(fresh).get("/api/v1/organizations/" + org + "/venues").status()).isEqualTo(200);
    }

    @Test
    void kiosksHaveNoAccountToLogOutOf() {
        var venue = fixtures.venue("Europe/Berlin");

        assertThat(api().as(fixtures.kioskToken(venue.id())).post("/api/v1/auth/logout", "").status()).isEqualTo(403);
    }

    private String login(String email, String password) {
        Response r = api().post("/api/v1/auth/login", map("email", email, "password", password));
        assertThat(r.status()).isEqualTo(200);
        return r.json().path("accessToken").asString();
    }

    @Test
    void staffRunTheDayButOnlyOwnersChangeTheSetUp() {
        var activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(3), 6);
        Api staff = api().as(fixtures.staffToken(activity.venueId()));

        Response block = staff.patch("/api/v1/sessions/" + session, map("status", "BLOCKED"));
        Response newActivity = staff.post("/api/v1/venues/" + activity.venueId() + "/activities",
                fixtures.activityRequest(4, 1, 4, PaymentMode.PAY_AT_VENUE, io.slotwise.server.support.Fixtures.NO_HOURS));
        Response kiosk = staff.post("/api/v1/venues/" + activity.venueId() + "/kiosk-devices", map("name", "Lobby"));

        assertThat(block.status()).isEqualTo(200);
        assertThat(newActivity.status()).isEqualTo(403);
        assertThat(newActivity.code()).isEqualTo("FORBIDDEN");
        assertThat(kiosk.status()).isEqualTo(403);
    }

    @Test
    void aKioskConfirmsCardPaidHoldsOfItsVenueOnlyAndStopsWorkingWhenRevoked() {
        var activity = fixtures.activity(6, 1, 6, PaymentMode.PREPAY);
        UUID session = fixtures.session(activity, Duration.ofHours(3), 6);
        var other = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        UUID otherSession = fixtures.session(other, Duration.ofHours(3), 6);
        String owner = fixtures.ownerToken(activity.venueId());
        JsonNode device = api().as(owner).post("/api/v1/venues/" + activity.venueId() + "/kiosk-devices", map("name", "Lobby")).json();
        Api kiosk = api().as(device.path("token").asString());
        String ownHold = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "k@example.com"))
                .json().path("id").asString();
        String otherHold = api().post("/api/v1/public/reservations", map("sessionId", otherSession, "partySize", 2, "email", "k@example.com"))
                .json().path("id").asString();

        // Cash and complimentary are staff decisions; a card payment comes with the terminal's reference.
        for (var body : java.util.List.of(map("customerName", "Walk-in", "paymentMethod", "COMPLIMENTARY"),
                map("customerName", "Walk-in", "paymentMethod", "CASH"), map("customerName", "Walk-in"),
                map("customerName", "Walk-in", "paymentMethod", "CARD"))) {
            Response refused = kiosk.post("/api/v1/reservations/" + ownHold + "/confirm", body);
            assertThat(refused.status()).as("%s", body).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("FORBIDDEN");
        }
        assertThat(fixtures.holdStatus(java.util.UUID.fromString(ownHold))).isEqualTo("HELD");
        assertThat(kiosk.post("/api/v1/reservations/" + ownHold + "/confirm",
                map("customerName", "Walk-in", "paymentMethod", "ONLINE", "paymentReference", "pi_fake")).status()).isEqualTo(400);
        Response confirmed = kiosk.post("/api/v1/reservations/" + ownHold + "/confirm",
                map("customerName", "Walk-in", "paymentMethod", "CARD", "paymentReference", "TERM-0042"));
        Response elsewhere = kiosk.post("/api/v1/reservations/" + otherHold + "/confirm", map("customerName", "Walk-in"));
        Response bookings = kiosk.get("/api/v1/venues/" + activity.venueId() + "/bookings");

        assertThat(confirmed.status()).isEqualTo(201);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(bookings.status()).isEqualTo(403);
        assertThat(kiosk.get("/api/v1/venues/" + activity.venueId()).status()).isEqualTo(200);

        api().as(owner).delete("/api/v1/kiosk-devices/" + device.path("id").asString());

        assertThat(kiosk.get("/api/v1/venues/" + activity.venueId()).status()).isEqualTo(401);
    }

    @Test
    void upcomingBookingsWithoutAVenueShowOnlyTheCallersOrganizations() {
        var mine = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        var theirs = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        book(fixtures.session(mine, Duration.ofHours(2), 6), fixtures.ownerToken(mine.venueId()));
        book(fixtures.session(theirs, Duration.ofHours(1), 6), fixtures.ownerToken(theirs.venueId()));

        JsonNode upcoming = api().as(fixtures.ownerToken(mine.venueId())).get("/api/v1/dashboard/upcoming-bookings?limit=100").json();

        assertThat(upcoming).hasSize(1);
        assertThat(upcoming.get(0).path("venueId").asString()).isEqualTo(mine.venueId().toString());
    }

    private void book(UUID session, String token) {
        String hold = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 1, "email", "u@example.com"))
                .json().path("id").asString();
        assertThat(api().as(token).post("/api/v1/reservations/" + hold + "/confirm", map("customerName", "U")).status()).isEqualTo(201);
    }
}
