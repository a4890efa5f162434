package io.slotwise.common.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation to join an organization with a role. The answer is the same whether or not the
 * email already has an account. {@code token} is shown once, when the invitation is made: the
 * owner hands it to the invitee, who accepts it with their password (or a new one).
 */
public record Invitation(UUID id, UUID organizationId, String email, String role, Instant createdAt, Instant expiresAt,
        String token) {
}
