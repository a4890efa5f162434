package io.slotwise.common.api;

/** Money that went through the online payment provider for a booking. */
public enum PaymentStatus {
    /** Nothing was paid online (pay at venue, cash, card at the desk, complimentary). */
    NONE,
    PAID,
    PARTIALLY_REFUNDED,
    REFUNDED
}
