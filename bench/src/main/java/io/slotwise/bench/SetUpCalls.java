package io.slotwise.bench;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few API calls a harness makes to set up its venue; not part of what is measured. */
final class SetUpCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final String server;
    private final OkHttpClient http;

    SetUpCalls(String server, OkHttpClient http) {
        this.server = server;
        this.http = http;
    }

    /** POSTs JSON (with a bearer token when given) and fails unless the answer has the expected status. */
    JsonNode post(String path, String body, String token, int expected) throws IOException {
        Request.Builder request = new Request.Builder().url(server + path).post(RequestBody.create(body, JSON_TYPE));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            String text = response.body().string();
            if (response.code() != expected) {
                throw new IllegalStateException(path + " answered " + response.code() + ": " + text);
            }
            return JSON.readTree(text);
        }
    }

    JsonNode get(String path) throws IOException {
        try (Response response = http.newCall(new Request.Builder().url(server + path).build()).execute()) {
            return JSON.readTree(response.body().string());
        }
    }
}
