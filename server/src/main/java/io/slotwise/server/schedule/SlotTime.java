package io.slotwise.server.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One bookable slot as absolute instants. {@code end - start} is real elapsed time, so a slot
 * crossing a daylight-saving change shows a wall-clock length different from its duration.
 *
 * @param start first instant of the slot
 * @param end   instant the slot ends, exclusive
 * @param day   the venue-local date whose opening hours the slot belongs to: Friday's for a
 *              00:30 slot of a Friday night that runs past midnight; null when not known
 */
public record SlotTime(Instant start, Instant end, LocalDate day) {

    public SlotTime(Instant start, Instant end) {
        this(start, end, null);
    }

    public SlotTime {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start: " + start + " .. " + end);
        }
    }

    /** Real elapsed time between start and end. */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
