package io.slotwise.common.api;

/** Create or rename a resource. */
public record ResourceRequest(String name) {
}
