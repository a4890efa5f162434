package io.slotwise.server.web;

import io.slotwise.common.api.ErrorCode;
import java.util.List;

/**
 * A request the domain refuses, with the stable {@link ErrorCode} clients branch on. Thrown by
 * services; {@link ProblemDetailsAdvice} turns it into RFC 9457 problem details.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final List<FieldViolation> violations;

    public DomainException(ErrorCode code, String detail) {
        this(code, detail, List.of());
    }

    public DomainException(ErrorCode code, String detail, List<FieldViolation> violations) {
        super(detail, null, false, false);
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public static DomainException notFound(String what) {
        return new DomainException(ErrorCode.NOT_FOUND, what + " not found");
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(ErrorCode.VALIDATION_FAILED, "Request validation failed",
                List.of(new FieldViolation(field, message)));
    }

    /** Seconds a client should wait before retrying, sent as {@code Retry-After}; 0 when not applicable. */
    public long retryAfterSeconds() {
        return 0;
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
