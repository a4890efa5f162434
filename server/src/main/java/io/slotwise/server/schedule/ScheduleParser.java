package io.slotwise.server.schedule;

import io.slotwise.common.api.Schedule;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Converts between the wire form {@link Schedule} and the domain form {@link ActivitySchedule}.
 *
 * <p>Parsing never stops at the first problem: every invalid value is reported as a
 * {@link FieldError} so a client can fix its whole form in one round trip. {@link #toJson}
 * produces the canonical wire form, which always parses back to an equal schedule.
 */
public final class ScheduleParser {

    /** Smallest accepted slot interval; finer grids would explode the number of slots. */
    public static final int MIN_SLOT_INTERVAL_MINUTES = 5;
    /** Largest accepted slot interval: one slot start per day. */
    public static final int MAX_SLOT_INTERVAL_MINUTES = 1440;

    private static final String ROOT = "schedule";

    // LocalTime.parse alone would also take "09:00:00.5" and LocalDate.parse "+12027-01-01";
    // the wire contract is narrower, so the shape is checked first. \d is ASCII-only here,
    // which keeps non-Latin digits out as well.
    private static final Pattern TIME_SHAPE = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    // ASCII-only so that case-insensitive matching cannot be fooled by characters such as
    // U+017F LATIN SMALL LETTER LONG S, which String.equalsIgnoreCase treats as "s".
    private static final Pattern WEEKDAY_SHAPE = Pattern.compile("[A-Za-z]+");

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter HOURS_MINUTES_SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");

    private static final String WEEKDAY_MESSAGE = "must be a weekday name, Monday to Sunday";
    private static final String TIME_MESSAGE = "must be a 24-hour time in HH:mm format";
    private static final String DATE_MESSAGE = "must be a date in YYYY-MM-DD format";
    private static final String NOT_NULL_MESSAGE = "must not be null";
    private static final String SAME_TIMES_MESSAGE = "endTime must differ from startTime";

    private ScheduleParser() {
    }

    /**
     * Outcome of {@link #parse}: either a schedule or a non-empty list of field errors.
     */
    public sealed interface Result {

        /** Whether parsing produced a schedule. */
        boolean isValid();

        /**
         * The parsed schedule.
         *
         * @throws IllegalStateException if the input was invalid
         */
        ActivitySchedule schedule();

        /** All problems found, in request-field order; empty when valid. */
        List<FieldError> errors();

        /** A successfully parsed schedule. */
        record Valid(ActivitySchedule schedule) implements Result {

            public Valid {
                Objects.requireNonNull(schedule, "schedule");
            }

            @Override
            public boolean isValid() {
                return true;
            }

            @Override
            public List<FieldError> errors() {
                return List.of();
            }
        }

        /** A rejected schedule with at least one error. */
        record Invalid(List<FieldError> errors) implements Result {

            public Invalid {
                errors = List.copyOf(errors);
                if (errors.isEmpty()) {
                    throw new IllegalArgumentException("an invalid result needs at least one error");
                }
            }

            @Override
            public boolean isValid() {
                return false;
            }

            @Override
            public ActivitySchedule schedule() {
                throw new IllegalStateException("schedule is invalid: " + errors);
            }
        }
    }

    /**
     * Validates and converts a wire schedule, collecting every problem found.
     *
     * @param json the wire form, possibly {@code null}
     * @return the schedule, or all field errors
     */
    public static Result parse(Schedule json) {
        if (json == null) {
            return new Result.Invalid(List.of(new FieldError(ROOT, "schedule is required")));
        }
        List<FieldError> errors = new ArrayList<>();

        Set<DayOfWeek> operatingDays = parseOperatingDays(json.operatingDays(), errors);
        LocalTime startTime = parseRequiredTime(json.startTime(), ROOT + ".startTime", "startTime", errors);
        LocalTime endTime = parseRequiredTime(json.endTime(), ROOT + ".endTime", "endTime", errors);
        if (startTime != null && startTime.equals(endTime)) {
            errors.add(new FieldError(ROOT + ".endTime", SAME_TIMES_MESSAGE));
        }
        Integer slotInterval = parseSlotInterval(json.slotInterval(), errors);
        Map<DayOfWeek, DayHours> customHours = parseCustomHours(json.customHours(), errors);
        Set<LocalDate> closedDates = parseClosedDates(json.closedDates(), errors);

        if (!errors.isEmpty()) {
            return new Result.Invalid(errors);
        }
        return new Result.Valid(new ActivitySchedule(
                operatingDays, startTime, endTime, slotInterval, customHours, closedDates));
    }

    /**
     * Canonical wire form: weekday names as {@code "Monday"}, weekdays in Monday-to-Sunday
     * order, times as {@code HH:mm} ({@code HH:mm:ss} only when seconds are set), closed dates
     * ascending, and {@code enabled} always explicit. Sub-second precision has no wire form and
     * is dropped; {@link #parse} never produces it.
     *
     * @param schedule the schedule to render
     * @return the canonical wire form
     */
    public static Schedule toJson(ActivitySchedule schedule) {
        Objects.requireNonNull(schedule, "schedule");
        List<String> operatingDays = schedule.operatingDays().stream()
                .sorted()
                .map(ScheduleParser::weekdayName)
                .toList();
        Map<String, Schedule.DayHours> customHours = new LinkedHashMap<>();
        schedule.customHours().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> customHours.put(weekdayName(entry.getKey()), toJson(entry.getValue())));
        List<String> closedDates = schedule.closedDates().stream()
                .sorted()
                .map(DateTimeFormatter.ISO_LOCAL_DATE::format)
                .toList();
        return new Schedule(
                operatingDays,
                formatTime(schedule.startTime()),
                formatTime(schedule.endTime()),
                schedule.slotIntervalMinutes(),
                Collections.unmodifiableMap(customHours),
                closedDates);
    }

    private static Schedule.DayHours toJson(DayHours hours) {
        return new Schedule.DayHours(hours.enabled(), formatTime(hours.startTime()), formatTime(hours.endTime()));
    }

    private static Set<DayOfWeek> parseOperatingDays(List<String> names, List<FieldError> errors) {
        if (names == null) {
            return Set.of();
        }
        Set<DayOfWeek> days = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String field = ROOT + ".operatingDays[" + i + "]";
            String name = names.get(i);
            if (name == null) {
                errors.add(new FieldError(field, NOT_NULL_MESSAGE));
                continue;
            }
            weekday(name).ifPresentOrElse(days::add, () -> errors.add(new FieldError(field, WEEKDAY_MESSAGE)));
        }
        return days;
    }

    private static Integer parseSlotInterval(Integer minutes, List<FieldError> errors) {
        String field = ROOT + ".slotInterval";
        if (minutes == null) {
            errors.add(new FieldError(field, "slotInterval is required"));
            return null;
        }
        if (minutes < MIN_SLOT_INTERVAL_MINUTES || minutes > MAX_SLOT_INTERVAL_MINUTES) {
            errors.add(new FieldError(field, "slotInterval must be between "
                    + MIN_SLOT_INTERVAL_MINUTES + " and " + MAX_SLOT_INTERVAL_MINUTES + " minutes"));
            return null;
        }
        return minutes;
    }

    private static Map<DayOfWeek, DayHours> parseCustomHours(
            Map<String, Schedule.DayHours> entries, List<FieldError> errors) {
        if (entries == null) {
            return Map.of();
        }
        Map<DayOfWeek, DayHours> result = new EnumMap<>(DayOfWeek.class);
        // Clients usually send a hash map; sorting keeps the error order stable between runs.
        Comparator<String> byWeekdayThenSpelling = Comparator
                .comparingInt((String key) -> key == null ? -1 : weekday(key).map(DayOfWeek::ordinal).orElse(7))
                .thenComparing(Comparator.nullsFirst(Comparator.naturalOrder()));
        List<String> keys = new ArrayList<>(entries.keySet());
        keys.sort(byWeekdayThenSpelling);
        Set<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);

        for (String key : keys) {
            if (key == null) {
                errors.add(new FieldError(ROOT + ".customHours", "contains an entry without a weekday name"));
                continue;
            }
            String field = ROOT + ".customHours." + key;
            Optional<DayOfWeek> day = weekday(key);
            if (day.isEmpty()) {
                errors.add(new FieldError(field, WEEKDAY_MESSAGE));
            } else if (!seen.add(day.get())) {
                // "Saturday" and "SATURDAY" may carry different hours; guessing which one the
                // venue meant would silently publish the wrong slots.
                errors.add(new FieldError(field, weekdayName(day.get()) + " is listed more than once"));
            }
            Schedule.DayHours json = entries.get(key);
            if (json == null) {
                errors.add(new FieldError(field, NOT_NULL_MESSAGE));
                continue;
            }
            // The body is checked even under a bad key so that one response lists every problem.
            DayHours hours = parseDayHours(json, field, errors);
            if (hours != null && day.isPresent()) {
                result.put(day.get(), hours);
            }
        }
        return result;
    }

    private static DayHours parseDayHours(Schedule.DayHours json, String field, List<FieldError> errors) {
        boolean enabled = json.enabled() == null || json.enabled();
        int errorsBefore = errors.size();
        LocalTime start;
        LocalTime end;
        if (enabled) {
            start = parseRequiredTime(json.startTime(), field + ".startTime", "startTime", errors);
            end = parseRequiredTime(json.endTime(), field + ".endTime", "endTime", errors);
            if (start != null && start.equals(end)) {
                errors.add(new FieldError(field + ".endTime", SAME_TIMES_MESSAGE));
            }
        } else {
            start = parseOptionalTime(json.startTime(), field + ".startTime", errors);
            end = parseOptionalTime(json.endTime(), field + ".endTime", errors);
        }
        return errors.size() == errorsBefore ? new DayHours(enabled, start, end) : null;
    }

    private static Set<LocalDate> parseClosedDates(List<String> values, List<FieldError> errors) {
        if (values == null) {
            return Set.of();
        }
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String field = ROOT + ".closedDates[" + i + "]";
            String value = values.get(i);
            if (value == null) {
                errors.add(new FieldError(field, NOT_NULL_MESSAGE));
                continue;
            }
            LocalDate date = parseDate(value);
            if (date == null) {
                errors.add(new FieldError(field, DATE_MESSAGE));
            } else {
                dates.add(date);
            }
        }
        return dates;
    }

    private static LocalTime parseRequiredTime(String value, String field, String name, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, name + " is required"));
            return null;
        }
        return parseOptionalTime(value, field, errors);
    }

    private static LocalTime parseOptionalTime(String value, String field, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        if (TIME_SHAPE.matcher(value).matches()) {
            try {
                return LocalTime.parse(value);
            } catch (DateTimeException e) {
                // falls through: out-of-range fields such as "24:00" or "09:60"
            }
        }
        errors.add(new FieldError(field, TIME_MESSAGE));
        return null;
    }

    private static LocalDate parseDate(String value) {
        if (!DATE_SHAPE.matcher(value).matches()) {
            return null;
        }
        try {
            // ISO_LOCAL_DATE resolves strictly, so "2027-02-30" is rejected rather than clamped.
            return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Optional<DayOfWeek> weekday(String name) {
        if (!WEEKDAY_SHAPE.matcher(name).matches()) {
            return Optional.empty();
        }
        String upper = name.toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(upper)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static String weekdayName(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String formatTime(LocalTime time) {
        if (time == null) {
            return null;
        }
        return time.getSecond() == 0 ? HOURS_MINUTES.format(time) : HOURS_MINUTES_SECONDS.format(time);
    }
}
