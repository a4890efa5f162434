package io.slotwise.common.api;

import java.time.LocalDate;

/**
 * A schedule being edited, to be shown as the slots it would make: {@code days} venue-local
 * days from {@code from}, with sessions of {@code durationMinutes}. Nothing is saved.
 */
public record SchedulePreviewRequest(Schedule schedule, Integer durationMinutes, LocalDate from, Integer days) {
}
