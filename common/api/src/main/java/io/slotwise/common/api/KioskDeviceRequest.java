package io.slotwise.common.api;

/** Register a kiosk device for a venue. */
public record KioskDeviceRequest(String name) {
}
