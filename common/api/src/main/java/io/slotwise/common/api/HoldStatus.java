package io.slotwise.common.api;

/** The life of a hold: {@code HELD -> CONFIRMED | RELEASED | EXPIRED}; the last three are final. */
public enum HoldStatus {
    HELD,
    CONFIRMED,
    RELEASED,
    EXPIRED
}
