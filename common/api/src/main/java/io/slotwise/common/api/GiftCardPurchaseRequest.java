package io.slotwise.common.api;

/**
 * A gift card bought online through the venue's widget: {@code amount} in minor units of
 * {@code currency} (one of the venue's activities' currencies), paid by {@code buyerEmail} on the
 * payment page, and mailed with its code to {@code recipientEmail} (left out: to the buyer), in
 * {@code locale} (left out: the venue's language).
 */
public record GiftCardPurchaseRequest(
        Long amount,
        String currency,
        String buyerEmail,
        String recipientEmail,
        String locale) {
}
