package io.slotwise.common.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A gift card as the venue sees it. {@code balance} is what is left on it (the sum of its
 * ledger), of which {@code reserved} is set aside for holds not booked yet; amounts are in minor
 * units of {@code currency}. {@code expiresAt} is its last day (null: it does not expire);
 * {@code active} is false while a card bought online waits for its payment.
 */
public record GiftCard(
        UUID id,
        String code,
        UUID venueId,
        long initialAmount,
        long balance,
        long reserved,
        String currency,
        LocalDate expiresAt,
        String recipientEmail,
        PaymentMethod paymentMethod,
        boolean active,
        Instant createdAt) {
}
