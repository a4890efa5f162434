package io.slotwise.server.booking;

import io.slotwise.common.api.Booking;

/**
 * Told, inside the cancellation's transaction, that a confirmed booking is being cancelled: the
 * payment feature refunds what the activity's policy allows. Throwing stops the cancellation, so
 * a booking is never cancelled while its refund failed.
 */
public interface CancellationRefunds {

    void beforeCancel(Booking booking);
}
