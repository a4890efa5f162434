package io.slotwise.common.api;

/** The kiosk's customer will pay at the front desk, under this name. */
public record PayAtDeskRequest(String customerName) {
}
