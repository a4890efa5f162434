package io.slotwise.common.api;

/** A gift card's code, typed in to pay (part of) a hold with it. */
public record GiftCardCode(String code) {
}
