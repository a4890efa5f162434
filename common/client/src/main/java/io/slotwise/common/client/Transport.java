package io.slotwise.common.client;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * How every call of the client travels: the API's URLs under the server's root, JSON in and out,
 * the bearer token for staff calls, and each failure turned into one {@link SlotwiseApiException}.
 * POST bodies are sent once only unless a call says resending is safe.
 */
final class Transport {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final String ACCEPT = "application/json, application/problem+json";

    private final HttpUrl baseUrl;
    private final OkHttpClient http;
    private final JsonMapper json;
    private volatile String bearerToken;

    Transport(HttpUrl baseUrl, OkHttpClient http, JsonMapper json, String bearerToken) {
        this.baseUrl = baseUrl;
        this.http = http;
        this.json = json;
        this.bearerToken = bearerToken;
    }

    HttpUrl baseUrl() {
        return baseUrl;
    }

    JsonMapper json() {
        return json;
    }

    Optional<String> bearerToken() {
        return Optional.ofNullable(bearerToken);
    }

    void bearerToken(String token) {
        this.bearerToken = token;
    }

    HttpUrl url(String... segments) {
        HttpUrl.Builder url = baseUrl.newBuilder().addPathSegment("api").addPathSegment("v1");
        for (String segment : segments) {
            Objects.requireNonNull(segment, "path parameter");
            // Each segment is percent-encoded, but dot segments would still climb the path.
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("Not a valid path parameter: \"" + segment + "\"");
            }
            url.addPathSegment(segment);
        }
        return url.build();
    }

    static String id(UUID id) {
        return Objects.requireNonNull(id, "id").toString();
    }

    /** Adds the parameter only when it has a value: absent means "the server's default". */
    static void query(HttpUrl.Builder url, String name, Object value) {
        if (value != null) {
            // LocalDate, UUID and numbers print in the forms the server parses (ISO dates).
            url.addQueryParameter(name, value.toString());
        }
    }

    Request get(HttpUrl url, boolean staff) {
        return request("GET", url, null, staff).build();
    }

    Request post(HttpUrl url, Object body, boolean staff) {
        return request("POST", url, body, staff).build();
    }

    Request.Builder request(String method, HttpUrl url, Object body, boolean staff) {
        RequestBody requestBody = null;
        if ("POST".equals(method) || "PATCH".equals(method)) {
            // OkHttp silently resends a request whose connection failed, even after it was sent;
            // a one-shot body forbids that for calls that must not happen twice.
            requestBody = new OneShotBody(body == null ? new byte[0] : json.writeValueAsBytes(body), body == null ? null : JSON);
        } else if (body != null) {
            requestBody = RequestBody.create(json.writeValueAsBytes(body), JSON);
        }
        Request.Builder request = new Request.Builder()
                .url(url)
                .header("Accept", ACCEPT)
                .method(method, requestBody);
        return authorize(request, staff);
    }

    /** A JSON body the HTTP client may send again: only for calls made safe to repeat (an idempotency key). */
    RequestBody resendableBody(Object body) {
        return RequestBody.create(json.writeValueAsBytes(body), JSON);
    }

    Request.Builder authorize(Request.Builder request, boolean staff) {
        String token = bearerToken;
        // Public endpoints get no token: a stale staff token must not break the booking flow.
        if (staff && token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    <T> T call(Request request, Class<T> type) {
        return call(request, json.constructType(type), 0);
    }

    /** Like {@link #call(Request, Class)}, also reading the body of an answer with {@code alsoReadStatus} (a health check's 503). */
    <T> T call(Request request, Class<T> type, int alsoReadStatus) {
        return call(request, json.constructType(type), alsoReadStatus);
    }

    /** An address of the server outside the API, such as {@code actuator/health}. */
    HttpUrl rootUrl(String... segments) {
        HttpUrl.Builder url = baseUrl.newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return url.build();
    }

    <T> List<T> callList(Request request, Class<T> elementType) {
        return call(request, json.getTypeFactory().constructCollectionType(List.class, elementType), 0);
    }

    void callNoContent(Request request) {
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw HttpErrors.fromResponse(json, request, response);
            }
        } catch (IOException e) {
            throw HttpErrors.transport(request, e);
        }
    }

    /** The body of a successful answer as text (a CSV export, say). */
    String callText(Request request) {
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw HttpErrors.fromResponse(json, request, response);
            }
            return response.body().string();
        } catch (IOException e) {
            throw HttpErrors.transport(request, e);
        }
    }

    private <T> T call(Request request, JavaType type, int alsoReadStatus) {
        int status = 0;
        String body;
        try (Response response = http.newCall(request).execute()) {
            status = response.code();
            if (!response.isSuccessful() && status != alsoReadStatus) {
                throw HttpErrors.fromResponse(json, request, response);
            }
            body = response.body().string();
        } catch (IOException e) {
            throw HttpErrors.transport(request, e);
        }
        if (body.isBlank()) {
            throw HttpErrors.unreadable(request, status, "with an empty body where " + describe(type) + " was expected", null);
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw HttpErrors.unreadable(request, status, "with JSON null where " + describe(type) + " was expected", null);
            }
            return value;
        } catch (JacksonException e) {
            throw HttpErrors.unreadable(request, status,
                    "its body is not valid JSON for " + describe(type) + " (" + e.getOriginalMessage() + ")", e);
        }
    }

    private static String describe(JavaType type) {
        return type.isCollectionLikeType()
                ? "a list of " + type.getContentType().getRawClass().getSimpleName()
                : "a " + type.getRawClass().getSimpleName();
    }

    /** A request body that the HTTP client may send once only. */
    private static final class OneShotBody extends RequestBody {

        private final byte[] content;
        private final MediaType type;

        OneShotBody(byte[] content, MediaType type) {
            this.content = content;
            this.type = type;
        }

        @Override
        public MediaType contentType() {
            return type;
        }

        @Override
        public long contentLength() {
            return content.length;
        }

        @Override
        public boolean isOneShot() {
            return true;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.write(content);
        }
    }
}
