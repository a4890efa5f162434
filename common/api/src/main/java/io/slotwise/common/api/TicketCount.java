package io.slotwise.common.api;

/** How many people of a party come on a ticket category ({@link PriceCategory#code()}). */
public record TicketCount(String category, Integer count) {
}
