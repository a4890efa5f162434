package io.slotwise.common.api;

/** A booking is confirmed until it is cancelled; check-in is recorded as a time, not a status. */
public enum BookingStatus {
    CONFIRMED,
    CANCELLED
}
