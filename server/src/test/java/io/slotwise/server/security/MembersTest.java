package io.slotwise.server.security;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.server.support.Api;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Owners invite, promote and remove staff; an organization never loses its last owner. */
class MembersTest extends DatabaseTest {

    @Autowired
    io.slotwise.server.organization.OrganizationService organizations;

    private Response invite(Api owner, UUID org, String email, String role) {
        return owner.post("/api/v1/organizations/" + org + "/members", map("email", email, "role", role));
    }

    private Response accept(String token, String name, String password) {
        return api().post("/api/v1/public/invitations/accept", map("token", token, "displayName", name, "password", password));
    }

    @Test
    void anInvitedNewcomerJoinsWithANameAndPasswordOfTheirOwnOnce() {
        var venue = fixtures.venue("Europe/Berlin");
        UUID org = venue.organizationId();
        Api owner = api().as(fixtures.ownerToken(venue.id()));
        String email = "new-" + UUID.randomUUID() + "@example.com";

        Response invited = invite(owner, org, email, "STAFF");
        Response weak = invite(owner, org, "not an email", "KING");
        String token = invited.json().path("token").asString();
        Response tooShort = accept(token, "New Desk", "short");
        Response joined = accept(token, "New Desk", "a good password");

        assertThat(invited.status()).isEqualTo(201);
        assertThat(token).startsWith("inv_");
        assertThat(weak.text()).contains("\"email\"", "\"role\"");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.json().path("memberships").get(0).path("role").asString()).isEqualTo("STAFF");
        assertThat(api().post("/api/v1/auth/login", map("email", email, "password", "a good password")).status()).isEqualTo(200);
        assertThat(accept(token, "Someone Else", "another password").status()).as("used once").isEqualTo(404);
        assertThat(owner.get("/api/v1/organizations/" + org + "/members").json()).hasSize(2);
        assertThat(owner.get("/api/v1/organizations/" + org + "/members/invitations").json()).isEmpty();
        assertThat(invite(owner, org, email, "STAFF").code()).as("already a member").isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void anotherOrganizationsAccountIsOnlyInvitedAndTheAnswerDoesNotTellItExists() {
        var mine = fixtures.venue("Europe/Berlin");
        var rivals = fixtures.venue("Europe/Berlin");
        Api attacker = api().as(fixtures.ownerToken(mine.id()));
        String rivalEmail = "rival-" + UUID.randomUUID() + "@example.com";
        organizations.addMember(rivals.organizationId(), rivalEmail, "Rival Owner", "rival password", io.slotwise.server.security.Role.OWNER);
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";

        Response existing = invite(attacker, mine.organizationId(), rivalEmail, "OWNER");
        Response unknown = invite(attacker, mine.organizationId(), nobody, "OWNER");

        assertThat(existing.status()).isEqualTo(unknown.status()).isEqualTo(201);
        assertThat(fieldsOf(existing.json())).isEqualTo(fieldsOf(unknown.json()));
        assertThat(existing.text()).doesNotContain("Rival Owner");
        JsonNode rivalLogin = api().post("/api/v1/auth/login", map("email", rivalEmail, "password", "rival password")).json();
        assertThat(rivalLogin.path("memberships")).as("not attached to the inviting organization").hasSize(1);

        String token = existing.json().path("token").asString();
        for (int i = 0; i < 5; i++) {
            assertThat(accept(token, "Attacker", "guessed password " + i).code()).isEqualTo("UNAUTHENTICATED");
        }
        assertThat(accept(token, null, "rival password").status()).as("void after five wrong passwords").isEqualTo(404);
        assertThat(api().post("/api/v1/auth/login", map("email", rivalEmail, "password", "rival password")).json()
                .path("memberships")).hasSize(1);
    }

    @Test
    void anExistingAccountJoinsWithItsOwnPasswordKeepingItsName() {
        var mine = fixtures.venue("Europe/Berlin");
        var theirs = fixtures.venue("Europe/Berlin");
        Api owner = api().as(fixtures.ownerToken(mine.id()));
        String email = "both-" + UUID.randomUUID() + "@example.com";
        organizations.addMember(theirs.organizationId(), email, "Two Jobs", "their password", io.slotwise.server.security.Role.STAFF);
        String token = invite(owner, mine.organizationId(), email, "STAFF").json().path("token").asString();

        Response joined = accept(token, "Another Name", "their password");

        assertThat(joined.status()).isEqualTo(200);
        assertThat(joined.json().path("memberships")).hasSize(2);
        assertThat(joined.json().path("user").path("displayName").asString()).isEqualTo("Two Jobs");
        assertThat(api().post("/api/v1/auth/login", map("email", email, "password", "their password")).status()).isEqualTo(200);
    }

    @Test
    void aWithdrawnOrExpiredInvitationCannotBeAccepted() {
        var venue = fixtures.venue("Europe/Berlin");
        UUID org = venue.organizationId();
        Api owner = api().as(fixtures.ownerToken(venue.id()));
        JsonNode withdrawn = invite(owner, org, "w-" + UUID.randomUUID() + "@example.com", "STAFF").json();
        String late = invite(owner, org, "l-" + UUID.randomUUID() + "@example.com", "STAFF").json().path("token").asString();
        assertThat(owner.get("/api/v1/organizations/" + org + "/members/invitations").json()).hasSize(2)
                .allSatisfy(i -> assertThat(i.path("token").isNull() || i.path("token").isMissingNode()).as("tokens are shown once").isTrue());

        assertThat(owner.delete("/api/v1/organizations/" + org + "/members/invitations/" + withdrawn.path("id").asString()).status())
                .isEqualTo(204);
        clock.advance(java.time.Duration.ofDays(7).plusMinutes(1));

        assertThat(accept(withdrawn.path("token").asString(), "W", "a good password").status()).isEqualTo(404);
        assertThat(accept(late, "L", "a good password").status()).isEqualTo(404);
        Api ownerNow = api().as(fixtures.ownerToken(venue.id())); // a week later: a fresh login
        assertThat(ownerNow.get("/api/v1/organizations/" + org + "/members/invitations").json()).isEmpty();
    }

    private static java.util.Set<String> fieldsOf(JsonNode node) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    @Test
    void theLastOwnerCannotBeDemotedOrRemovedButAPromotedOneCanTakeOver() {
        var venue = fixtures.venue("Europe/Berlin");
        UUID org = venue.organizationId();
        Api owner = api().as(fixtures.ownerToken(venue.id()));
        String ownerId = owner.get("/api/v1/organizations/" + org + "/members").json().get(0).path("userId").asString();
        String staffId = fixtures.member(org, io.slotwise.server.security.Role.STAFF).toString();

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
