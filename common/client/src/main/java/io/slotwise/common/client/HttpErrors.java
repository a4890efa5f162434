package io.slotwise.common.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Turns every way a call can fail into a {@link SlotwiseApiException} with a message fit for logs. */
final class HttpErrors {

    /** Error pages can be large; a problem body never is. */
    private static final long MAX_ERROR_BODY = 64 * 1024;

    /** The problem-details members this client reads; the rest is ignored. */
    record Problem(String type, String title, Integer status, String detail, String code,
            List<SlotwiseApiException.FieldError> errors) {
    }

    private HttpErrors() {
    }

    static String describe(Request request) {
        return request.method() + " " + request.url().encodedPath();
    }

    static SlotwiseApiException transport(Request request, IOException e) {
        String what;
        if (e instanceof SocketTimeoutException || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
            what = "timed out waiting for the server";
        } else if (e instanceof ConnectException || e instanceof UnknownHostException) {
            what = "could not reach the server at " + request.url().host() + ":" + request.url().port();
        } else {
            what = "lost the connection to the server";
        }
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return new SlotwiseApiException(0, null, null, List.of(),
                describe(request) + " " + what + " (" + cause + ")", e);
    }

    /** A success status whose body is not what the method promises. */
    static SlotwiseApiException unreadable(Request request, int status, String why, Throwable cause) {
        return new SlotwiseApiException(status, null, null, List.of(),
                describe(request) + " answered " + status + " but " + why, cause);
    }

    /** An error status; its body is read as a problem when it is one. */
    static SlotwiseApiException fromResponse(JsonMapper json, Request request, Response response) {
        int status = response.code();
        MediaType type = response.body().contentType();
        String body;
        try {
            body = response.peekBody(MAX_ERROR_BODY).string();
        } catch (IOException e) {
            // The status alone still says more than a transport failure would.
            body = "";
        }
        if (isJson(type) && !body.isBlank()) {
            try {
                Problem problem = json.readValue(body, Problem.class);
                if (problem != null && (problem.code() != null || problem.detail() != null)) {
                    List<SlotwiseApiException.FieldError> errors = problem.errors() == null ? List.of() : problem.errors();
                    return new SlotwiseApiException(status, problem.code(), problem.detail(), errors,
                            problemMessage(request, status, problem, errors), null);
                }
            } catch (JacksonException e) {
                return new SlotwiseApiException(status, null, null, List.of(),
                        describe(request) + " failed with status " + status + " and a malformed JSON error body", e);
            }
        }
        String shape = body.isBlank() ? "an empty body" : "a " + (type == null ? "untyped" : type.type() + "/" + type.subtype()) + " body";
        return new SlotwiseApiException(status, null, null, List.of(),
                describe(request) + " failed with status " + status + " and " + shape + " instead of a problem description", null);
    }

    private static String problemMessage(Request request, int status, Problem problem,
            List<SlotwiseApiException.FieldError> errors) {
        StringBuilder message = new StringBuilder(describe(request)).append(" failed with status ").append(status);
        if (problem.code() != null) {
            message.append(' ').append(problem.code());
        }
        if (problem.detail() != null) {
            message.append(": ").append(problem.detail());
        }
        for (SlotwiseApiException.FieldError error : errors) {
            message.append("; ").append(error.field()).append(' ').append(error.message());
        }
        return message.toString();
    }

    static boolean isJson(MediaType type) {
        // application/json and application/problem+json alike.
        return type != null && type.subtype().endsWith("json");
    }
}
