package io.slotwise.common.api;

/** A staff member changes their own password. */
public record PasswordChange(String currentPassword, String newPassword) {
}
