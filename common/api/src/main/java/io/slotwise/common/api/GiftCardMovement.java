package io.slotwise.common.api;

import java.time.Instant;

/**
 * One line of a gift card's ledger: {@code kind} is {@code ISSUED}, {@code REDEEMED} or
 * {@code REFUNDED}; {@code amount} is signed (a redemption is negative) and {@code balanceAfter}
 * is the sum of the lines up to this one. {@code bookingNumber} names the booking that redeemed
 * or was refunded.
 */
public record GiftCardMovement(
        Instant at,
        String kind,
        long amount,
        long balanceAfter,
        String bookingNumber) {
}
