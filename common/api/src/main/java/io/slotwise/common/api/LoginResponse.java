package io.slotwise.common.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A successful login: a bearer token for {@code Authorization: Bearer …} valid until
 * {@code expiresAt}, the user, and the organizations the user may act in.
 */
public record LoginResponse(String accessToken, Instant expiresAt, User user, List<Membership> memberships) {

    /** The logged-in staff member. */
    public record User(UUID id, String email, String displayName) {
    }

    /** An organization the user belongs to, with the user's role there. */
    public record Membership(UUID organizationId, String organizationName, String role) {
    }
}
