package io.slotwise.common.api;

/** A new role ("OWNER" or "STAFF") for a member. */
public record RoleChange(String role) {
}
