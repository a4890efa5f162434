package io.slotwise.server.reservation;

import io.slotwise.server.system.Sql;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;

/**
 * Booking numbers are short and random: when a new one meets an existing one, the transaction
 * that recorded it rolls back, and this tries it again (with a new number), a few times.
 */
final class BookingNumberRetry {

    static final int ATTEMPTS = 5;

    private BookingNumberRetry() {
    }

    /** Runs {@code attempt} (one whole transaction) until it records a booking without a number clash. */
    static <T> T recording(Supplier<T> attempt) {
        for (int tries = 1; ; tries++) {
            try {
                return attempt.get();
            } catch (DuplicateKeyException e) {
                if (!Sql.violates(e, "booking_number") || tries == ATTEMPTS) {
                    throw e;
                }
                // Two random booking numbers met; the transaction rolled back: try another number.
            }
        }
    }
}
