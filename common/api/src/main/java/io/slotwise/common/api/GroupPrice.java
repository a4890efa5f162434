package io.slotwise.common.api;

/** What a private session costs a party of {@code partySize}, in total, in minor units of the activity's currency. */
public record GroupPrice(Integer partySize, Long price) {
}
