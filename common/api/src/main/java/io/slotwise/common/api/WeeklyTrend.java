package io.slotwise.common.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bookings made on each of the last seven venue-local days (today last), cancelled ones not
 * counted. Revenue is in minor units per currency (a venue normally sells in one), so amounts in
 * different currencies are never added together. {@code revenue} is what the day's bookings are
 * worth; {@code paid} what was taken for them (cash, card, online, less refunds) and
 * {@code expected} what pay-at-venue bookings are still to pay.
 */
public record WeeklyTrend(UUID venueId, String timezone, List<Day> days) {

    /** One venue-local day. */
    public record Day(LocalDate date, int bookings, Map<String, Long> revenue, Map<String, Long> paid, Map<String, Long> expected) {

        /** A day whose revenue is not split into paid and expected. */
        public Day(LocalDate date, int bookings, Map<String, Long> revenue) {
            this(date, bookings, revenue, Map.of(), Map.of());
        }
    }
}
