package io.slotwise.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * CORS for the public API: a browser on another site may call it only from an origin that the
 * venue concerned allows (its {@code allowedOrigins}). The venue comes from the path (embed key,
 * activity or session). A new hold names its session in the body, which a preflight does not
 * carry, so {@code POST /public/reservations} accepts the origins of any venue; so does every
 * other hold path: a hold is guarded by its token, and an answer that depended on the hold's
 * venue would tell a stranger which hold ids exist. Decisions are
 * cached for {@link #TTL} per resource and origin, so a change of allowed origins can take that
 * long to apply. Pages the server itself serves (the widget) are same-origin and need no CORS.
 */
@Component
class VenueCors implements CorsConfigurationSource {

    static final Duration TTL = Duration.ofSeconds(30);
    private static final Pattern RESOURCE = Pattern.compile(
            "^/api/v1/public/(venues|activities|sessions)/([^/]+)");

    private final VenueDirectory venues;
    private final VenueOwners owners;
    private final Cache<String, Boolean> decisions = Caffeine.newBuilder().expireAfterWrite(TTL).maximumSize(50_000).build();

    VenueCors(VenueDirectory venues, VenueOwners owners) {
        this.venues = venues;
        this.owners = owners;
    }

    @Override
    public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return null;
        }
        String normalized = origin.toLowerCase(Locale.ROOT);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher m = RESOURCE.matcher(path);
        String resource = m.find() ? m.group(1) + ":" + m.group(2) : "any";
        boolean allowed = decisions.get(resource + "|" + normalized, k -> allows(resource, normalized));
        CorsConfiguration config = new CorsConfiguration();
        if (allowed) {
            config.addAllowedOrigin(origin);
        }
        config.setAllowedMethods(List.of("GET", "POST", "DELETE"));
        config.setAllowedHeaders(List.of("Content-Type", "X-Hold-Token", "Idempotency-Key"));
        config.setExposedHeaders(List.of("Retry-After"));
        config.setMaxAge(Duration.ofMinutes(10));
        return config;
    }

    private boolean allows(String resource, String origin) {
        if (resource.equals("any")) {
            return venues.anyAllows(origin);
        }
        String kind = resource.substring(0, resource.indexOf(':'));
        String id = resource.substring(resource.indexOf(':') + 1);
        try {
            return venue(kind, id).map(v -> venues.allowedOrigins(v).contains(origin)).orElse(false);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    private Optional<UUID> venue(String kind, String id) {
        return switch (kind) {
            case "venues" -> venues.venueOfEmbedKey(id);
            case "activities" -> owners.venueOf("activityId", UUID.fromString(id));
            case "sessions" -> owners.venueOf("sessionId", UUID.fromString(id));
            default -> Optional.empty();
        };
    }
}
