package io.slotwise.common.api;

/** How an activity is paid: online before the booking exists, or at the venue. */
public enum PaymentMode {
    PREPAY,
    PAY_AT_VENUE
}
