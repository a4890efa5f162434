package io.slotwise.common.api;

import java.util.UUID;

/** A newly registered kiosk device with its secret token, shown this once only. */
public record IssuedKioskDevice(UUID id, String name, String token) {
}
