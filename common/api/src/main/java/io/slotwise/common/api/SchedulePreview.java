package io.slotwise.common.api;

import java.time.OffsetDateTime;
import java.util.List;

/** The slots a schedule would make, in the venue's zone, in order. */
public record SchedulePreview(List<Slot> slots) {

    /**
     * A slot; {@code collidesWith} names the session of another activity that needs one of the
     * same resources at an overlapping time ("Room 1: Lab 10:00-11:15"), null when none does.
     */
    public record Slot(OffsetDateTime start, OffsetDateTime end, String collidesWith) {

        public Slot(OffsetDateTime start, OffsetDateTime end) {
            this(start, end, null);
        }
    }
}
