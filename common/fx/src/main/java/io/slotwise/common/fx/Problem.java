package io.slotwise.common.fx;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.client.SlotwiseApiException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A failed call in words for front-desk staff, with the server's field errors kept by field so
 * that a form can show each one next to the control it concerns.
 */
public record Problem(String message, Map<String, String> fields, Optional<ErrorCode> code, int status) {

    /** What staff are told while the server cannot be reached (a screen may clear it once it can). */
    public static final String UNREACHABLE = "Can't reach the Slotwise server. Check the connection; nothing was changed.";

    public static Problem of(SlotwiseApiException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.fieldErrors().forEach(f -> fields.merge(f.field(), f.message(), (a, b) -> a + "; " + b));
        return new Problem(describe(e), Map.copyOf(fields), e.errorCode(), e.status());
    }

    public static Problem unexpected() {
        return new Problem("Something went wrong on this computer. Please try again.", Map.of(), Optional.empty(), 0);
    }

    public static Problem of(String message) {
        return new Problem(message, Map.of(), Optional.empty(), 0);
    }

    /** The message for one field, if the server named it (e.g. {@code schedule.startTime}). */
    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    private static String describe(SlotwiseApiException e) {
        if (e.isTransportFailure()) {
            return UNREACHABLE;
        }
        ErrorCode code = e.errorCode().orElse(null);
        String detail = e.detail() == null || e.detail().isBlank() ? null : e.detail();
        if (code == null) {
            return e.status() >= 500 ? "The server had a problem. Please try again in a moment."
                    : detail != null ? detail : "The server refused (status " + e.status() + ").";
        }
        return switch (code) {
            case UNAUTHENTICATED -> "Your login has ended. Please log in again.";
            case FORBIDDEN -> "Only an owner can do that.";
            case NOT_FOUND -> "It is no longer there; someone may have removed it. Refresh to see the latest.";
            case VALIDATION_FAILED -> "Please correct the highlighted fields.";
            case CAPACITY_BELOW_BOOKED -> "Capacity can't go below the seats already held or booked"
                    + (detail != null ? ": " + detail : ".");
            case INSUFFICIENT_CAPACITY -> "Not enough free places left in that session.";
            case SESSION_NOT_BOOKABLE -> "That session can't be booked (it started, or it is blocked).";
            case HOLD_EXPIRED -> "That hold ran out; its places were released.";
            case RATE_LIMITED -> "Too many requests right now. Please wait a moment.";
            case INTERNAL_ERROR -> "The server had a problem. Please try again in a moment.";
            default -> detail != null ? detail : code.name().replace('_', ' ').toLowerCase();
        };
    }
}
