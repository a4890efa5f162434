package io.slotwise.common.api;

/** How many expired holds a sweep released. */
public record ReleasedHolds(int released) {
}
