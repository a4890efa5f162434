package io.slotwise.common.api;

/** Invite someone, by email, to an organization as {@code OWNER} or {@code STAFF}. */
public record InvitationRequest(String email, String role) {
}
