package io.slotwise.common.api;

/**
 * Accept an invitation. With an account already, {@code password} is its password; without one,
 * the account is made with this {@code displayName} and {@code password} (at least 10 characters).
 */
public record InvitationAcceptance(String token, String displayName, String password) {
}
