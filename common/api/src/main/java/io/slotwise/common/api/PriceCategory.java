package io.slotwise.common.api;

/**
 * A ticket category of a shared activity ({@code adult}, {@code child}, {@code student}):
 * {@code code} is what a hold's tickets name, {@code name} what customers read, {@code price} per
 * person in minor units of the activity's currency.
 */
public record PriceCategory(String code, String name, Long price) {
}
