package io.slotwise.common.api;

/** Whether a session can be booked. Only {@code OPEN} sessions that have not started take holds. */
public enum SessionStatus {
    OPEN,
    BLOCKED,
    CANCELLED
}
