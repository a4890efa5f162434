package io.slotwise.server.schedule;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Opening hours that override an activity's default hours on one weekday.
 *
 * <p>A disabled entry closes the weekday even if it is an operating day; its times may be
 * {@code null} and are ignored. They are kept when present so that switching a day off and on
 * again does not lose the hours the venue entered.
 *
 * @param enabled   whether the activity runs on this weekday
 * @param startTime opening time, required when enabled
 * @param endTime   closing time, required when enabled; earlier than {@code startTime} = past midnight
 */
public record DayHours(boolean enabled, LocalTime startTime, LocalTime endTime) {

    public DayHours {
        if (enabled) {
            Objects.requireNonNull(startTime, "startTime is required when enabled");
            Objects.requireNonNull(endTime, "endTime is required when enabled");
        }
    }

    /** Hours for a weekday on which the activity runs. */
    public static DayHours open(LocalTime startTime, LocalTime endTime) {
        return new DayHours(true, startTime, endTime);
    }

    /** A weekday on which the activity does not run. */
    public static DayHours closed() {
        return new DayHours(false, null, null);
    }
}
