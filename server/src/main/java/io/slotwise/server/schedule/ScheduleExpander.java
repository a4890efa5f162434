package io.slotwise.server.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Expands an {@link ActivitySchedule} into concrete slots for a range of dates in the venue's
 * time zone.
 *
 * <p>Each date contributes at most one opening window, chosen by the rules of
 * {@link #expand}. Slot starts are laid on a wall-clock grid from the window's start, because
 * venues and customers think in local times ("every half hour from 18:00"). Slot lengths and the
 * window end are compared as instants, because a customer actually spends real time in the room.
 */
public final class ScheduleExpander {

    private ScheduleExpander() {
    }

    /**
     * Lists the slots of every window that starts on a date in {@code [firstDate, endDateExclusive)}.
     *
     * <ul>
     *   <li>A date in {@code closedDates} has no window. Otherwise a {@code customHours} entry for
     *       the weekday wins: enabled uses its hours, disabled means no window. Without an entry,
     *       the default hours apply on {@code operatingDays}.</li>
     *   <li>A window runs from {@code d} at its start time to {@code d} at its end time, or to
     *       {@code d + 1} when the end time is earlier than the start time. A window belongs to
     *       the date it starts on, so a window starting the day before {@code firstDate} is not
     *       included, while the last date's window may reach past {@code endDateExclusive}.</li>
     *   <li>Candidate starts are the window start plus multiples of the slot interval in local
     *       wall-clock time, up to but excluding the window's wall-clock end.</li>
     *   <li>A candidate in a daylight-saving gap is skipped; one in an overlap is used once, at
     *       the earlier instant.</li>
     *   <li>A slot is kept only if {@code start + duration} is no later than the window end,
     *       resolved with {@link ZonedDateTime#ofLocal} (a gap end moves forward by the gap, an
     *       overlap end takes the earlier instant).</li>
     * </ul>
     *
     * @param schedule         the schedule to expand
     * @param zone             the venue's time zone
     * @param duration         real length of each slot, positive
     * @param firstDate        first date whose window is considered
     * @param endDateExclusive first date whose window is no longer considered
     * @return slots ordered by start, with no two sharing a start
     * @throws IllegalArgumentException if the interval or duration is not positive, or the
     *                                  range is reversed
     */
    public static List<SlotTime> expand(
            ActivitySchedule schedule,
            ZoneId zone,
            Duration duration,
            LocalDate firstDate,
            LocalDate endDateExclusive) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(firstDate, "firstDate");
        Objects.requireNonNull(endDateExclusive, "endDateExclusive");
        int interval = schedule.slotIntervalMinutes();
        // The parser already enforces a minimum, but a hand-built schedule with interval 0 would
        // loop forever, so this is checked again at the point where it would hurt.
        if (interval <= 0) {
            throw new IllegalArgumentException("slot interval must be positive, was " + interval);
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("duration must be positive, was " + duration);
        }
        if (endDateExclusive.isBefore(firstDate)) {
            throw new IllegalArgumentException(
                    "endDateExclusive " + endDateExclusive + " is before firstDate " + firstDate);
        }

        ZoneRules rules = zone.getRules();
        // Keyed by start so that windows of neighbouring days that overlap in time (a night past
        // midnight followed by an early opening) yield each instant once, already in order.
        NavigableMap<Instant, SlotTime> slots = new TreeMap<>();
        for (LocalDate date = firstDate; date.isBefore(endDateExclusive); date = date.plusDays(1)) {
            Optional<Window> window = windowStartingOn(schedule, date);
            if (window.isPresent()) {
                addSlots(window.get(), interval, duration, zone, rules, slots);
            }
        }
        return List.copyOf(slots.values());
    }

    private record Window(LocalDate day, LocalDateTime start, LocalDateTime end) {
    }

    private static Optional<Window> windowStartingOn(ActivitySchedule schedule, LocalDate date) {
        if (schedule.closedDates().contains(date)) {
            return Optional.empty();
        }
        DayOfWeek weekday = date.getDayOfWeek();
        DayHours custom = schedule.customHours().get(weekday);
        LocalTime start;
        LocalTime end;
        if (custom != null) {
            if (!custom.enabled()) {
                return Optional.empty();
            }
            start = custom.startTime();
            end = custom.endTime();
        } else if (schedule.operatingDays().contains(weekday)) {
            start = schedule.startTime();
            end = schedule.endTime();
        } else {
            return Optional.empty();
        }
        // Equal times (rejected by the parser) give an empty window rather than 24 hours: only a
        // strictly earlier end time signals a night past midnight.
        LocalDate endDate = end.isBefore(start) ? date.plusDays(1) : date;
        return Optional.of(new Window(date, date.atTime(start), endDate.atTime(end)));
    }

    private static void addSlots(
            Window window,
            int intervalMinutes,
            Duration duration,
            ZoneId zone,
            ZoneRules rules,
            NavigableMap<Instant, SlotTime> slots) {
        Instant windowEnd = ZonedDateTime.ofLocal(window.end(), zone, null).toInstant();
        for (long k = 0; ; k++) {
            // Multiplying from the window start instead of adding repeatedly keeps the grid
            // anchored to the venue's start time whatever happened in earlier iterations.
            LocalDateTime candidate = window.start().plusMinutes(k * intervalMinutes);
            if (!candidate.isBefore(window.end())) {
                return;
            }
            Optional<Instant> start = earliestInstant(candidate, rules);
            // Comparing the remaining time rather than computing start + duration first avoids
            // overflow for absurd durations.
            if (start.isPresent() && Duration.between(start.get(), windowEnd).compareTo(duration) >= 0) {
                slots.putIfAbsent(start.get(), new SlotTime(start.get(), start.get().plus(duration), window.day()));
            }
        }
    }

    /**
     * Empty for a local time inside a gap: shifting it forward would put a slot at a time nobody
     * scheduled, often on top of the next regular slot.
     */
    private static Optional<Instant> earliestInstant(LocalDateTime localTime, ZoneRules rules) {
        // Compared as instants on purpose: ZoneOffset's natural order runs from the largest
        // offset down, which makes "max offset" read as the opposite of what it is.
        return rules.getValidOffsets(localTime).stream()
                .map(localTime::toInstant)
                .min(Instant::compareTo);
    }
}
