package io.slotwise.common.api;

/** Staff login with email and password. */
public record LoginRequest(String email, String password) {
}
