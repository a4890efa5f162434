package io.slotwise.server.web;

/** One failing field of a request, by its JSON path (e.g. {@code schedule.startTime}). */
public record FieldViolation(String field, String message) {
}
