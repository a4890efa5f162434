package io.slotwise.server.web;

import io.slotwise.common.api.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every refusal into RFC 9457 problem details with a stable {@code code}, and every bad
 * input into a 4xx: a client never sees a stack trace, and a 500 means a bug of ours.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        ResponseEntity<ProblemDetail> response = problem(e.code(), e.getMessage(), e.violations());
        if (e.retryAfterSeconds() > 0) {
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .header("Retry-After", Long.toString(e.retryAfterSeconds())).body(response.getBody());
        }
        return response;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jsonPath(jackson);
            if (jackson instanceof MismatchedInputException mismatch && mismatch.getTargetType() == UUID.class) {
                // An id that is not even a UUID names nothing: the same answer as an unknown id.
                return problem(ErrorCode.NOT_FOUND, field + " names nothing that exists", List.of());
            }
            return problem(ErrorCode.VALIDATION_FAILED, "Request validation failed",
                    List.of(new FieldViolation(field, "has the wrong type or format")));
        }
        return problem(ErrorCode.MALFORMED_REQUEST, "The request body is missing or is not valid JSON", List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        boolean pathSegment = e.getParameter().hasParameterAnnotation(
                org.springframework.web.bind.annotation.PathVariable.class);
        if (pathSegment || e.getRequiredType() == UUID.class) {
            return problem(ErrorCode.NOT_FOUND, "Nothing exists at this address", List.of());
        }
        return problem(ErrorCode.VALIDATION_FAILED, "Request validation failed",
                List.of(new FieldViolation(e.getName(), "has the wrong type or format")));
    }

    /** A path id that is blank (%20, %09) converts to nothing: it names nothing that exists. */
    @ExceptionHandler(org.springframework.web.bind.MissingPathVariableException.class)
    ResponseEntity<ProblemDetail> blankPathVariable(org.springframework.web.bind.MissingPathVariableException e) {
        return problem(ErrorCode.NOT_FOUND, "Nothing exists at this address", List.of());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return problem(ErrorCode.VALIDATION_FAILED, "Request validation failed",
                List.of(new FieldViolation(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return problem(ErrorCode.VALIDATION_FAILED, "Request validation failed",
                List.of(new FieldViolation(e.getHeaderName(), "header is required")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return problem(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json", List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE,
                "This resource is available as application/json");
        body.setProperty("code", ErrorCode.MALFORMED_REQUEST.name());
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return problem(ErrorCode.METHOD_NOT_ALLOWED, e.getMethod() + " is not supported here", List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return problem(ErrorCode.NOT_FOUND, "Nothing exists at this address", List.of());
    }

    /** A streaming client went away: there is nobody left to answer. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone() {
        // Nothing to write and nothing wrong on our side.
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(ErrorCode.INTERNAL_ERROR, "Something went wrong on our side", List.of());
    }

    public static ResponseEntity<ProblemDetail> problem(ErrorCode code, String detail, List<FieldViolation> violations) {
        HttpStatus status = HttpStatus.valueOf(code.httpStatus());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("https://slotwise.io/problems/" + code.name().toLowerCase().replace('_', '-')));
        body.setTitle(status.getReasonPhrase());
        body.setProperty("code", code.name());
        if (!violations.isEmpty()) {
            body.setProperty("errors", violations.stream()
                    .map(v -> Map.of("field", v.field(), "message", v.message()))
                    .collect(Collectors.toList()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** The failing field as a dotted path with indexes, e.g. {@code schedule.closedDates[1]}. */
    private static String jsonPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
