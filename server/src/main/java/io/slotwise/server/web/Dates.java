package io.slotwise.server.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The dates the API takes, anywhere (query parameters and bodies): ISO dates from 1970 to 2199.
 * Java can hold a year of ±999,999,999, but no venue books there, and such a date overflows the
 * instants every range is turned into; refusing it where it comes in keeps that out of every
 * feature.
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private Dates() {
    }

    /** Parses an ISO date ({@code 2027-03-10}) within the range; {@link DateTimeException} otherwise. */
    public static LocalDate parse(String text) {
        LocalDate date = LocalDate.parse(text.trim());
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new DateTimeException("must be between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }
}
