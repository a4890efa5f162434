package io.slotwise.server.security;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.server.support.Api;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Owners add, promote and remove staff; an organization never loses its last owner. */
class MembersTest extends DatabaseTest {

    @Test
    void anOwnerAddsStaffWhoCanThenLogIn() {
        var venue = fixtures.venue("Europe/Berlin");
        UUID org = venue.organizationId();
        Api owner = api().as(fixtures.ownerToken(venue.id()));
        String email = "new-" + UUID.randomUUID() + "@example.com";

        Response added = owner.post("/api/v1/organizations/" + org + "/members",
                map("email", email, "displayName", "New Desk", "password", "a good password", "role", "STAFF"));
        Response again = owner.post("/api/v1/organizations/" + org + "/members",
                map("email", email, "displayName", "New Desk", "password", "a good password", "role", "STAFF"));
        Response weak = owner.post("/api/v1/organizations/" + org + "/members",
                map("email", "weak-" + email, "displayName", "W", "password", "short", "role", "KING"));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().has("password")).isFalse();
        assertThat(again.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(weak.text()).contains("\"password\"", "\"role\"");
        JsonNode login = api().post("/api/v1/auth/login", map("email", email, "password", "a good password")).json();
        assertThat(login.path("memberships").get(0).path("role").asString()).isEqualTo("STAFF");
        assertThat(owner.get("/api/v1/organizations/" + org + "/members").json()).hasSize(2);
    }

    @Test
    void theLastOwnerCannotBeDemotedOrRemovedButAPromotedOneCanTakeOver() {
        var venue = fixtures.venue("Europe/Berlin");
        UUID org = venue.organizationId();
        Api owner = api().as(fixtures.ownerToken(venue.id()));
        String ownerId = owner.get("/api/v1/organizations/" + org + "/members").json().get(0).path("userId").asString();
        String staffId = fixtures.member(org, io.slotwise.server.organization.Role.STAFF).toString();

        Response demoteLast = owner.put("/api/v1/organizations/" + org + "/members/" + ownerId, map("role", "STAFF"));
        Response removeLast = owner.delete("/api/v1/organizations/" + org + "/members/" + ownerId);
        Response promote = owner.put("/api/v1/organizations/" + org + "/members/" + staffId, map("role", "OWNER"));
        Response stepDown = owner.delete("/api/v1/organizations/" + org + "/members/" + ownerId);

        assertThat(demoteLast.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(removeLast.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(promote.json().path("role").asString()).isEqualTo("OWNER");
        assertThat(stepDown.status()).isEqualTo(204);
        assertThat(owner.get("/api/v1/organizations/" + org + "/members").status())
                .as("the former owner is no member any more").isEqualTo(404);
    }
}
