package io.slotwise.server.schedule;

import java.util.Objects;

/**
 * One validation problem in a request, addressed by a path into the request body such as
 * {@code schedule.customHours.Saturday.endTime} or {@code schedule.closedDates[0]}.
 *
 * @param field   path of the offending value
 * @param message human-readable explanation
 */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
