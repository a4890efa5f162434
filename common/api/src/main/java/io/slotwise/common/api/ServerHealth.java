package io.slotwise.common.api;

import java.util.Map;

/**
 * {@code GET /actuator/health}: the server's status ({@code UP}, {@code DOWN}, …) and each part's
 * ({@code db}, {@code eventRelay}, {@code diskSpace}, …), never their details.
 */
public record ServerHealth(String status, Map<String, Part> components) {

    public record Part(String status) {
    }

    public boolean up() {
        return "UP".equals(status);
    }
}
