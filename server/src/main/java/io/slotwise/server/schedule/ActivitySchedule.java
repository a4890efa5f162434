package io.slotwise.server.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The parsed, validated weekly schedule of an activity: which days it runs, the default
 * opening hours, the spacing between slot starts, per-weekday overrides and closed dates.
 *
 * <p>An {@code endTime} earlier than {@code startTime} means the day runs past midnight and
 * ends on the following calendar date. The record is immutable; all collections are copied.
 * Value checks on the wire form (interval range, distinct start and end) live in
 * {@link ScheduleParser}; this type only refuses nulls so that expansion can still be guarded
 * against schedules that were built by hand.
 *
 * @param operatingDays       weekdays that use the default hours (may be empty)
 * @param startTime           default opening time
 * @param endTime             default closing time; earlier than {@code startTime} = past midnight
 * @param slotIntervalMinutes minutes between consecutive slot starts
 * @param customHours         per-weekday overrides that take precedence over {@code operatingDays}
 * @param closedDates         dates on which no window starts
 */
public record ActivitySchedule(
        Set<DayOfWeek> operatingDays,
        LocalTime startTime,
        LocalTime endTime,
        int slotIntervalMinutes,
        Map<DayOfWeek, DayHours> customHours,
        Set<LocalDate> closedDates) {

    public ActivitySchedule {
        operatingDays = Set.copyOf(Objects.requireNonNull(operatingDays, "operatingDays"));
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
        customHours = Map.copyOf(Objects.requireNonNull(customHours, "customHours"));
        closedDates = Set.copyOf(Objects.requireNonNull(closedDates, "closedDates"));
    }
}
