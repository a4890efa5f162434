package io.slotwise.server.web;

import io.slotwise.common.api.ErrorCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every problem of a request before refusing it, so a client learns all failing fields
 * at once. Each check returns whether the value passed, so dependent checks can be skipped.
 */
public final class Violations {

    // Deliberately loose: one @, no spaces, a dot in the domain. Deliverability is the mail's job.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    private final List<FieldViolation> found = new ArrayList<>();

    public boolean required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return add(field, "is required");
        }
        return true;
    }

    public boolean between(String field, Integer value, int min, int max) {
        if (!required(field, value)) {
            return false;
        }
        if (value < min || value > max) {
            return add(field, "must be between " + min + " and " + max);
        }
        return true;
    }

    public boolean between(String field, Long value, long min, long max) {
        if (!required(field, value)) {
            return false;
        }
        if (value < min || value > max) {
            return add(field, "must be between " + min + " and " + max);
        }
        return true;
    }

    public boolean maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            return add(field, "must be at most " + max + " characters");
        }
        return true;
    }

    public boolean email(String field, String value) {
        if (!required(field, value) || !maxLength(field, value, 320)) {
            return false;
        }
        if (!EMAIL.matcher(value.trim()).matches()) {
            return add(field, "must be an email address");
        }
        return true;
    }

    public boolean add(String field, String message) {
        found.add(new FieldViolation(field, message));
        return false;
    }

    public void addAll(Collection<FieldViolation> violations) {
        found.addAll(violations);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Refuses the request with {@code VALIDATION_FAILED} if anything was found. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "Request validation failed", found);
        }
    }
}
