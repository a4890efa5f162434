package io.slotwise.common.api;

import java.time.OffsetDateTime;
import java.util.List;

/** The slots a schedule would make, in the venue's zone, in order. */
public record SchedulePreview(List<Slot> slots) {

    public record Slot(OffsetDateTime start, OffsetDateTime end) {
    }
}
