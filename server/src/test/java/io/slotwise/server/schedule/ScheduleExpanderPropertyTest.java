package io.slotwise.server.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks invariants of {@link ScheduleExpander} over a few hundred random schedules. The seed is
 * fixed so a failure is reproducible; each failure message names the case.
 *
 * <p>Date ranges are biased towards each zone's 2027 daylight-saving changes, because that is
 * where a wrong rule shows up.
 */
class ScheduleExpanderPropertyTest {

    private static final long SEED = 20270328L;
    private static final int CASES = 400;

    private static final List<ZoneId> ZONES = Stream.of(
            "UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Tokyo", "Asia/Kolkata",
            "America/St_Johns",
            // 30-minute daylight-saving shift.
            "Australia/Lord_Howe",
            // 45-minute offset with daylight saving.
            "Pacific/Chatham",
            "Asia/Kathmandu")
            .map(ZoneId::of)
            .toList();

    private static final int[] COMMON_INTERVALS = {5, 10, 15, 20, 30, 45, 60, 90, 120};

    record Case(int index, ActivitySchedule schedule, ZoneId zone, Duration duration, LocalDate first, LocalDate end) {

        @Override
        public String toString() {
            return "case " + index + ": " + schedule + " in " + zone + " for " + duration + " over [" + first + ", " + end + ")";
        }
    }

    private record Window(LocalDateTime start, LocalDateTime end) {
    }

    @Test
    void randomSchedulesExpandToSortedUniqueSlotsThatFitTheirWindows() {
        int checkedSlots = 0;
        int skippedGapCandidates = 0;
        int ambiguousCandidates = 0;
        for (Case c : cases()) {
            List<SlotTime> slots = ScheduleExpander.expand(c.schedule(), c.zone(), c.duration(), c.first(), c.end());
            List<Window> windows = windowsOf(c);
            int interval = c.schedule().slotIntervalMinutes();

            for (int i = 1; i < slots.size(); i++) {
                assertThat(slots.get(i).start()).as("%s: starts strictly increase", c).isAfter(slots.get(i - 1).start());
            }
            for (SlotTime slot : slots) {
                assertThat(slot.duration()).as("%s: %s lasts the duration", c, slot).isEqualTo(c.duration());
                LocalDateTime local = slot.start().atZone(c.zone()).toLocalDateTime();
                assertThat(windows).as("%s: %s lies on the grid of a window and ends by its end", c, slot)
                        .anySatisfy(w -> {
                            assertThat(local).isAfterOrEqualTo(w.start()).isBefore(w.end());
                            assertThat(ChronoUnit.MINUTES.between(w.start(), local) % interval).isZero();
                            assertThat(local.getSecond()).isEqualTo(w.start().getSecond());
                            assertThat(slot.end()).isBeforeOrEqualTo(endInstant(w, c.zone()));
                        });
                assertThat(slot.start()).as("%s: %s uses the earlier instant of an ambiguous time", c, slot)
                        .isEqualTo(local.atZone(c.zone()).withEarlierOffsetAtOverlap().toInstant());
            }

            int maximum = windows.stream()
                    .mapToInt(w -> (int) ((ChronoUnit.MINUTES.between(w.start(), w.end()) + interval - 1) / interval))
                    .sum();
            assertThat(slots.size()).as("%s: count within the arithmetic maximum", c).isLessThanOrEqualTo(maximum);

            // Independent oracle: walk each window minute by minute on the wall clock and keep the
            // grid points that exist and fit; the result must be exactly this set.
            TreeSet<Instant> expected = new TreeSet<>();
            Set<Instant> shiftedGapStarts = new HashSet<>();
            for (Window w : windows) {
                for (LocalDateTime t = w.start(); t.isBefore(w.end()); t = t.plusMinutes(1)) {
                    if (ChronoUnit.MINUTES.between(w.start(), t) % interval != 0) {
                        continue;
                    }
                    int offsets = c.zone().getRules().getValidOffsets(t).size();
                    if (offsets == 0) {
                        skippedGapCandidates++;
                        shiftedGapStarts.add(t.atZone(c.zone()).toInstant());
                        continue;
                    }
                    if (offsets == 2) {
                        ambiguousCandidates++;
                    }
                    Instant start = t.atZone(c.zone()).withEarlierOffsetAtOverlap().toInstant();
                    if (!start.plus(c.duration()).isAfter(endInstant(w, c.zone()))) {
                        expected.add(start);
                    }
                }
            }
            List<Instant> actual = slots.stream().map(SlotTime::start).toList();
            assertThat(actual).as("%s: exactly the fitting grid points", c).containsExactlyElementsOf(expected);
            shiftedGapStarts.removeAll(expected);
            for (Instant shifted : shiftedGapStarts) {
                assertThat(actual).as("%s: no gap start shifted forward", c).doesNotContain(shifted);
            }
            checkedSlots += slots.size();
        }
        // Guards against a generator that silently stops exercising the interesting paths.
        assertThat(checkedSlots).isGreaterThan(CASES * 5);
        assertThat(skippedGapCandidates).isGreaterThan(20);
        assertThat(ambiguousCandidates).isGreaterThan(20);
    }

    @Test
    void randomRangesSplitAnywhereMergeBackToTheWholeRange() {
        Random random = new Random(SEED + 1);
        for (Case c : cases()) {
            long days = ChronoUnit.DAYS.between(c.first(), c.end());
            LocalDate split = c.first().plusDays(random.nextInt((int) days + 1));

            List<SlotTime> whole = ScheduleExpander.expand(c.schedule(), c.zone(), c.duration(), c.first(), c.end());
            TreeMap<Instant, SlotTime> merged = new TreeMap<>();
            Stream.concat(
                            ScheduleExpander.expand(c.schedule(), c.zone(), c.duration(), c.first(), split).stream(),
                            ScheduleExpander.expand(c.schedule(), c.zone(), c.duration(), split, c.end()).stream())
                    .forEach(s -> merged.putIfAbsent(s.start(), s));

            assertThat(List.copyOf(merged.values())).as("%s split at %s", c, split).isEqualTo(whole);
        }
    }

    private static Instant endInstant(Window w, ZoneId zone) {
        return ZonedDateTime.ofLocal(w.end(), zone, null).toInstant();
    }

    /** The windows the architecture rules give, derived here without looking at the expander. */
    private static List<Window> windowsOf(Case c) {
        ActivitySchedule s = c.schedule();
        List<Window> windows = new ArrayList<>();
        for (LocalDate d = c.first(); d.isBefore(c.end()); d = d.plusDays(1)) {
            if (s.closedDates().contains(d)) {
                continue;
            }
            DayHours hours = s.customHours().containsKey(d.getDayOfWeek())
                    ? s.customHours().get(d.getDayOfWeek())
                    : s.operatingDays().contains(d.getDayOfWeek())
                            ? DayHours.open(s.startTime(), s.endTime())
                            : DayHours.closed();
            if (!hours.enabled()) {
                continue;
            }
            LocalDateTime start = d.atTime(hours.startTime());
            LocalDateTime end = d.atTime(hours.endTime());
            windows.add(new Window(start, hours.endTime().isBefore(hours.startTime()) ? end.plusDays(1) : end));
        }
        return windows;
    }

    private static List<Case> cases() {
        Random random = new Random(SEED);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            LocalDate first = firstDate(zone, random);
            LocalDate end = first.plusDays(1 + random.nextInt(10));
            cases.add(new Case(i, schedule(random, first, end), zone,
                    Duration.ofMinutes(5 + random.nextInt(300)), first, end));
        }
        return cases;
    }

    private static LocalDate firstDate(ZoneId zone, Random random) {
        List<LocalDate> transitions = new ArrayList<>();
        Instant from = LocalDate.of(2027, 1, 1).atStartOfDay(zone).toInstant();
        for (ZoneOffsetTransition t = zone.getRules().nextTransition(from);
                t != null && t.getInstant().isBefore(Instant.parse("2028-01-01T00:00:00Z"));
                t = zone.getRules().nextTransition(t.getInstant())) {
            transitions.add(t.getDateTimeBefore().toLocalDate());
        }
        if (transitions.isEmpty() || random.nextInt(4) == 0) {
            return LocalDate.of(2027, 1, 1).plusDays(random.nextInt(365));
        }
        return transitions.get(random.nextInt(transitions.size())).minusDays(random.nextInt(4));
    }

    private static ActivitySchedule schedule(Random random, LocalDate first, LocalDate end) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (random.nextInt(3) > 0) {
                days.add(day);
            }
        }
        LocalTime start = time(random);
        LocalTime finish = otherTime(random, start);

        Map<DayOfWeek, DayHours> custom = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            int roll = random.nextInt(10);
            if (roll < 2) {
                LocalTime customStart = time(random);
                custom.put(day, DayHours.open(customStart, otherTime(random, customStart)));
            } else if (roll == 2) {
                custom.put(day, DayHours.closed());
            }
        }

        Set<LocalDate> closed = new HashSet<>();
        long span = ChronoUnit.DAYS.between(first, end);
        for (int i = random.nextInt(3); i > 0; i--) {
            closed.add(first.plusDays(random.nextInt((int) span + 1)));
        }

        int interval = random.nextInt(4) == 0
                ? ScheduleParser.MIN_SLOT_INTERVAL_MINUTES + random.nextInt(200)
                : COMMON_INTERVALS[random.nextInt(COMMON_INTERVALS.length)];
        return new ActivitySchedule(days, start, finish, interval, custom, closed);
    }

    /** Mostly night-friendly times, so that windows regularly cover the small hours. */
    private static LocalTime time(Random random) {
        int minute = random.nextInt(2) == 0 ? random.nextInt(24) * 60 : random.nextInt(24 * 60);
        return LocalTime.ofSecondOfDay(minute * 60L);
    }

    private static LocalTime otherTime(Random random, LocalTime start) {
        LocalTime other = time(random);
        return other.equals(start) ? start.plusMinutes(1 + random.nextInt(1439)) : other;
    }
}
