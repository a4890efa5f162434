package io.slotwise.common.api;

import java.time.LocalDate;

/**
 * A gift card as its holder may read it by its code: {@code balance} left (in minor units of
 * {@code currency}), of which {@code available} may be spent now (the rest is set aside for holds
 * not booked yet), its last day {@code expiresAt} (null: none) and whether that has passed.
 */
public record GiftCardBalance(
        String code,
        long balance,
        long available,
        String currency,
        LocalDate expiresAt,
        boolean expired) {
}
