package io.slotwise.server.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compact construction of schedules and readable views of slots for tests. */
final class TestSchedules {

    static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    private TestSchedules() {
    }

    static ActivitySchedule everyDay(String start, String end, int intervalMinutes) {
        return new ActivitySchedule(EVERY_DAY, LocalTime.parse(start), LocalTime.parse(end),
                intervalMinutes, Map.of(), Set.of());
    }

    static Builder builder(String start, String end, int intervalMinutes) {
        return new Builder(start, end, intervalMinutes);
    }

    /** Local wall-clock starts in ISO form such as "2027-06-07T09:00", easy to compare in assertions. */
    static List<String> localStarts(List<SlotTime> slots, ZoneId zone) {
        return slots.stream().map(s -> s.start().atZone(zone).toLocalDateTime().toString()).toList();
    }

    static final class Builder {
        private final String start;
        private final String end;
        private final int interval;
        private final Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        private final Map<DayOfWeek, DayHours> custom = new HashMap<>();
        private final Set<LocalDate> closed = new HashSet<>();

        private Builder(String start, String end, int interval) {
            this.start = start;
            this.end = end;
            this.interval = interval;
        }

        Builder on(DayOfWeek... weekdays) {
            days.addAll(List.of(weekdays));
            return this;
        }

        Builder custom(DayOfWeek day, String customStart, String customEnd) {
            custom.put(day, DayHours.open(LocalTime.parse(customStart), LocalTime.parse(customEnd)));
            return this;
        }

        Builder off(DayOfWeek day) {
            custom.put(day, DayHours.closed());
            return this;
        }

        Builder closed(String... dates) {
            for (String date : dates) {
                closed.add(LocalDate.parse(date));
            }
            return this;
        }

        ActivitySchedule build() {
            return new ActivitySchedule(days, LocalTime.parse(start), LocalTime.parse(end), interval, custom, closed);
        }
    }
}
