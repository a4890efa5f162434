package io.slotwise.server.organization;

import java.util.UUID;

/**
 * A staff member's login as other modules see it; {@code tokenGeneration} rises when every token
 * issued before must stop working (a changed password).
 */
public record StaffAccount(UUID id, String email, String displayName, int tokenGeneration) {
}
