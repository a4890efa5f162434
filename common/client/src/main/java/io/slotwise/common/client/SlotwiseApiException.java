package io.slotwise.common.client;

import io.slotwise.common.api.ErrorCode;
import java.util.List;
import java.util.Optional;

/**
 * Any failed call to the Slotwise API: an answer with an error status (usually an RFC 9457
 * problem with a stable {@link ErrorCode}), an answer that could not be understood, or no answer
 * at all.
 *
 * <p>{@link #status()} is the HTTP status, or 0 when the server could not be reached or its
 * answer could not be read (connection refused, timeout, connection dropped). Apps branch on
 * {@link #errorCode()}, never on the message, which is meant for logs.
 */
public final class SlotwiseApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * One field that failed validation, e.g. {@code partySize} with "must be at most 8".
     *
     * @param field the failing field as a dotted path, e.g. {@code schedule.closedDates[1]}
     * @param message what is wrong with it
     */
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String code;
    private final String detail;
    private final transient List<FieldError> fieldErrors;

    /**
     * @param status the HTTP status, 0 when no answer was read
     * @param code the problem's {@code code}, or null when there was none
     * @param detail the problem's {@code detail}, or null
     * @param fieldErrors the fields that failed validation, possibly empty
     * @param message the log message
     * @param cause the underlying failure, or null
     */
    public SlotwiseApiException(int status, String code, String detail, List<FieldError> fieldErrors,
            String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
        this.detail = detail;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    /** The HTTP status, or 0 when the server could not be reached or its answer could not be read. */
    public int status() {
        return status;
    }

    /** True when no HTTP answer was read at all, so the request may or may not have taken effect. */
    public boolean isTransportFailure() {
        return status == 0;
    }

    /** The problem's {@code code} as sent, or null; kept as text so that codes newer than this client survive. */
    public String code() {
        return code;
    }

    /** The problem's code when this client knows it. */
    public Optional<ErrorCode> errorCode() {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ErrorCode.valueOf(code));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** The problem's human-readable {@code detail}, or null. */
    public String detail() {
        return detail;
    }

    /** The fields that failed validation; empty unless the code is {@code VALIDATION_FAILED}. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
