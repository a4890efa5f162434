package io.slotwise.common.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Bookings made on each of the last seven venue-local days (today last), cancelled ones not
 * counted. Revenue is in minor units per currency (a venue normally sells in one), so amounts in
 * different currencies are never added together.
 */
public record WeeklyTrend(UUID venueId, String timezone, List<Day> days) {

    /** One venue-local day. */
    public record Day(LocalDate date, int bookings, Map<String, Long> revenue) {
    }
}
