package io.slotwise.server.booking;

import java.util.UUID;

/** A booking's party checked in ({@code checked-in}) or was marked a no-show ({@code no-show}); published in that transaction. */
public record BookingMarked(UUID bookingId, String change) {
}
