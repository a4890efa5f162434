package io.slotwise.common.api;

import java.util.UUID;

/** A customer of an organization, known by email. */
public record Customer(UUID id, String email, String name, String phone) {
}
