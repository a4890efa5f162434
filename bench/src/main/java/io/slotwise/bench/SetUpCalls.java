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

    /** The owner that run.sh creates through {@code slotwise.bootstrap.*}, logged in. */
    record Owner(String token, String organizationId) {
    }

    /** Logs in as the owner named by {@code --owner-email} / {@code --owner-password} (run.sh's by default). */
    Owner owner(java.util.Map<String, String> args) throws IOException {
        JsonNode login = post("/api/v1/auth/login", "{\"email\":\"" + args.getOrDefault("owner-email", "bench@slotwise.invalid")
                + "\",\"password\":\"" + args.getOrDefault("owner-password", "bench-owner-password") + "\"}", null, 200);
        return new Owner(login.path("accessToken").asString(), login.path("memberships").get(0).path("organizationId").asString());
    }

    /** A new venue of the owner's organization in Europe/Berlin, framed by no site. */
    JsonNode venue(Owner owner, String name) throws IOException {
        return post("/api/v1/organizations/" + owner.organizationId() + "/venues",
                "{\"name\":\"" + name + "\",\"timezone\":\"Europe/Berlin\",\"allowedOrigins\":[]}", owner.token(), 201);
    }

    JsonNode get(String path) throws IOException {
        try (Response response = http.newCall(new Request.Builder().url(server + path).build()).execute()) {
            return JSON.readTree(response.body().string());
        }
    }
}
