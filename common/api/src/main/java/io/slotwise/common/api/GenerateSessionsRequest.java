package io.slotwise.common.api;

import java.time.LocalDate;

/** Generate an activity's sessions for {@code daysAhead} venue-local days from {@code startDate}. */
public record GenerateSessionsRequest(LocalDate startDate, Integer daysAhead) {
}
