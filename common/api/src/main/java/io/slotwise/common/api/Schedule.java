package io.slotwise.common.api;

import java.util.List;
import java.util.Map;

/**
 * An activity's weekly schedule in its wire form, as in the original design: weekday names
 * ("Monday"), wall-clock times ("09:00") in the venue's zone, the slot interval in minutes,
 * per-weekday {@link DayHours} that win over {@code operatingDays}, and closed dates
 * ("2027-12-25"). An {@code endTime} earlier than {@code startTime} means the day runs past
 * midnight.
 */
public record Schedule(
        List<String> operatingDays,
        String startTime,
        String endTime,
        Integer slotInterval,
        Map<String, DayHours> customHours,
        List<String> closedDates) {

    /** Hours for one weekday; {@code enabled = false} closes that weekday. */
    public record DayHours(Boolean enabled, String startTime, String endTime) {
    }
}
