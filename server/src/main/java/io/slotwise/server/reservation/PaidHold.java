package io.slotwise.server.reservation;

import io.slotwise.common.api.Booking;
import java.util.Optional;

/**
 * What became of a hold whose money arrived: its booking (made now, made earlier, or made late
 * with seats taken again), or no booking because its places are gone and the money must go back.
 */
public record PaidHold(Optional<Booking> booking, boolean late) {

    public static PaidHold booked(Booking booking, boolean late) {
        return new PaidHold(Optional.of(booking), late);
    }

    public static PaidHold placesGone() {
        return new PaidHold(Optional.empty(), true);
    }
}
