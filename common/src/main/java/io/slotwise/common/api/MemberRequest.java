package io.slotwise.common.api;

/**
 * Add a staff member to an organization with a role ("OWNER" or "STAFF"). A new email gets an
 * account with the given password; an existing account just joins, and its password is not touched.
 */
public record MemberRequest(String email, String displayName, String password, String role) {
}
