package io.slotwise.common.api;

import java.util.List;

/** A gift card with every movement of its balance, oldest first. */
public record GiftCardDetails(GiftCard card, List<GiftCardMovement> ledger) {
}
