package io.slotwise.common.api;

/** How a booking was (or will be) paid. */
public enum PaymentMethod {
    /** Pay-at-venue booking not paid yet. */
    PAY_AT_VENUE,
    CASH,
    CARD,
    ONLINE,
    /** Paid in full by a gift card (its {@code giftCardAmount}). */
    GIFT_CARD,
    /** Given away (vouchers, staff, make-goods). */
    COMPLIMENTARY
}
