package io.slotwise.server.organization;

import io.slotwise.server.security.Role;
import java.util.UUID;

/** A user's role in one organization. */
public record Membership(UUID organizationId, String organizationName, Role role) {
}
