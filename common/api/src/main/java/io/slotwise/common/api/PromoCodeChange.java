package io.slotwise.common.api;

/** Switches a promo code off (or on again); holds that already have it keep their discount. */
public record PromoCodeChange(Boolean active) {
}
