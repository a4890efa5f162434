package io.slotwise.admin.live;

import io.slotwise.common.client.SlotwiseClient;
import io.slotwise.common.testing.ServerProcess;
import io.slotwise.common.testing.TestVenue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real server for all of the admin app's end-to-end tests (started on first use, stopped
 * when the test JVM ends); each test makes its own venue on it, so tests do not see each other.
 */
final class SharedServer {

    private static ServerProcess server;
    private static final AtomicInteger VENUES = new AtomicInteger();

    private SharedServer() {
    }

    static synchronized ServerProcess get() {
        if (server == null) {
            try {
                server = ServerProcess.start(Files.createTempDirectory("slotwise-admin-test"), Map.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** A fresh venue with one activity and sessions for three days; {@code owner} stays logged in. */
    static TestVenue venue(SlotwiseClient owner, int capacity) {
        return TestVenue.create(owner, "Venue " + VENUES.incrementAndGet(), capacity, 2500);
    }

    /** A member of staff of the organization: invited by {@code owner}, accepted with a new account. */
    static void staffMember(SlotwiseClient owner, java.util.UUID organizationId, String email, String name, String password) {
        var invitation = owner.admin().invite(organizationId, new io.slotwise.common.api.InvitationRequest(email, "STAFF"));
        try (SlotwiseClient invitee = SlotwiseClient.builder(get().url()).build()) {
            invitee.staff().acceptInvitation(new io.slotwise.common.api.InvitationAcceptance(invitation.token(), name, password));
        }
    }

    static SlotwiseClient ownerClient() {
        SlotwiseClient owner = SlotwiseClient.builder(get().url()).build();
        owner.staff().login(ServerProcess.OWNER_EMAIL, ServerProcess.OWNER_PASSWORD);
        return owner;
    }
}
