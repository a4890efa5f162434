package io.slotwise.server.reservation;

import java.util.UUID;

/**
 * Whether a hold has an online payment page open. Such a page charges the amount that was due
 * when it was made, so what pays the hold may not change while it is open. Implemented by the
 * module that makes the pages.
 */
public interface PaymentPages {

    boolean openFor(UUID holdId);
}
