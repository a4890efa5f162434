package io.slotwise.server.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * An inclusive range of venue-local dates, at most {@link #MAX_DAYS} long, and the instants it
 * covers in a venue's zone (from the start of the first day to the start of the day after the last).
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 62;

    public static DateRange of(LocalDate from, LocalDate to) {
        Violations v = new Violations();
        v.required("from", from);
        v.required("to", to);
        v.throwIfAny();
        if (from.isAfter(to)) {
            throw DomainException.invalid("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw DomainException.invalid("to", "the range must be at most " + MAX_DAYS + " days");
        }
        return new DateRange(from, to);
    }

    /** Whether the date is one of the range's. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant endExclusive(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
