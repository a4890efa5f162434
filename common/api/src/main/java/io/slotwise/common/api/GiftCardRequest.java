package io.slotwise.common.api;

import java.time.LocalDate;

/**
 * A gift card sold at the desk: {@code amount} in minor units of {@code currency}, spendable until
 * {@code expiresAt} (a day of the venue, included; left out, it does not expire), paid by
 * {@code paymentMethod} ({@code CASH} or {@code CARD}; left out, {@code CASH}). With a
 * {@code recipientEmail}, the card and its code are mailed there.
 */
public record GiftCardRequest(
        Long amount,
        String currency,
        LocalDate expiresAt,
        String recipientEmail,
        PaymentMethod paymentMethod) {

    /** A card paid in cash. */
    public GiftCardRequest(Long amount, String currency, LocalDate expiresAt, String recipientEmail) {
        this(amount, currency, expiresAt, recipientEmail, null);
    }
}
