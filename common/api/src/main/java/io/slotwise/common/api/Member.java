package io.slotwise.common.api;

import java.util.UUID;

/** A staff member of an organization and their role there. */
public record Member(UUID userId, String email, String displayName, String role) {
}
