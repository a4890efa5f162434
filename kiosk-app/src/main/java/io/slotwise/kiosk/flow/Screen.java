package io.slotwise.kiosk.flow;

/** The kiosk's screens, in the order a walk-in customer meets them. */
public enum Screen {
    ATTRACT,
    ACTIVITY,
    TIME,
    PARTY,
    DETAILS,
    HOLD,
    /** Held, and the customer types a gift card's code to pay (part of) it. */
    GIFT_CARD,
    /** Held, and the customer pays at the front desk: staff confirm, the kiosk shows it. */
    DESK,
    /** Held, and the customer pays online on their phone (a QR code of the payment page). */
    PHONE,
    CONFIRMED,
    EXPIRED,
    TROUBLE;

    /** The hold is being paid away from the kiosk: at the desk, or on the customer's phone. */
    public boolean awayFromKiosk() {
        return this == DESK || this == PHONE;
    }
}
