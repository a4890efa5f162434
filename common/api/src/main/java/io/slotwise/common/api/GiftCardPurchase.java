package io.slotwise.common.api;

/**
 * A gift card bought online, as the page the buyer returns to after paying reads it: its
 * {@code status} ({@code PENDING} until the payment provider reports the payment, then
 * {@code PAID}), its value, where its mail goes, and its {@code code} once paid.
 */
public record GiftCardPurchase(
        String status,
        long amount,
        String currency,
        String mailedTo,
        String code,
        String venueEmbedKey) {
}
