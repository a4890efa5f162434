package io.slotwise.common.api;

/**
 * How an activity's sessions are sold: {@code SHARED}, seats to several parties (a tour, a
 * class); or {@code PRIVATE}, the whole session to the first party (an escape room), after which
 * it is full for everyone else.
 */
public enum BookingMode {
    SHARED,
    PRIVATE
}
