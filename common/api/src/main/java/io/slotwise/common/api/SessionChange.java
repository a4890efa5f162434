package io.slotwise.common.api;

/** A staff change to one session: new total capacity, or block/unblock. Both are optional. */
public record SessionChange(Integer capacityTotal, SessionStatus status) {
}
