package io.slotwise.kiosk.flow;

/** The kiosk's screens, in the order a walk-in customer meets them. */
public enum Screen {
    ATTRACT,
    ACTIVITY,
    TIME,
    PARTY,
    DETAILS,
    HOLD,
    CONFIRMED,
    EXPIRED,
    TROUBLE
}
