package io.slotwise.server.message;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;
import static io.slotwise.server.system.Sql.uuid;

import io.slotwise.common.api.Webhook;
import io.slotwise.common.api.WebhookDelivery;
import io.slotwise.common.api.WebhookRequest;
import io.slotwise.server.system.Secrets;
import io.slotwise.server.venue.VenueService;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A venue's webhooks: subscribed, listed (secrets never again), removed, and their deliveries. */
@Service
public class Webhooks {

    /** The event types a webhook may subscribe to. */
    public static final List<String> EVENT_TYPES = List.of("booking.confirmed", "booking.cancelled", "booking.rescheduled",
            "booking.checked-in", "booking.no-show", "session.updated");
    static final int MAX_PER_VENUE = 10;
    static final int DELIVERIES_SHOWN = 100;

    /** A live webhook as the event writer needs it. */
    record Target(UUID id, UUID venueId, String url, List<String> events, String secret, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final MessageStore messages;
    private final VenueService venues;
    private final Clock clock;

    Webhooks(JdbcClient jdbc, MessageStore messages, VenueService venues, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.venues = venues;
        this.clock = clock;
    }

    @Transactional
    public Webhook create(UUID venueId, WebhookRequest request) {
        venues.get(venueId);
        Violations v = new Violations();
        String url = request == null ? null : request.url();
        if (v.required("url", url) && v.maxLength("url", url, 2000) && !webAddress(url)) {
            v.add("url", "must be an http or https address such as https://example.com/hooks/slotwise");
        }
        List<String> events = request == null || request.events() == null ? List.of() : request.events();
        if (events.isEmpty()) {
            v.add("events", "must name at least one of " + String.join(", ", EVENT_TYPES));
        }
        for (int i = 0; i < events.size(); i++) {
            if (!EVENT_TYPES.contains(events.get(i))) {
                v.add("events[" + i + "]", "must be one of " + String.join(", ", EVENT_TYPES));
            }
        }
        if (live(venueId).size() >= MAX_PER_VENUE) {
            v.add("url", "a venue has at most " + MAX_PER_VENUE + " webhooks");
        }
        v.throwIfAny();
        UUID id = UUID.randomUUID();
        String secret = "whsec_" + Secrets.random(24);
        Instant now = clock.instant();
        List<String> distinct = events.stream().distinct().toList();
        jdbc.sql("INSERT INTO webhooks (id, venue_id, url, events, secret, created_at) VALUES (:id, :venue, :url, :events, :secret, :now)")
                .param("id", id).param("venue", venueId).param("url", url.trim()).param("events", String.join(",", distinct))
                .param("secret", secret).param("now", ts(now)).update();
        return new Webhook(id, venueId, url.trim(), distinct, secret, now);
    }

    @Transactional(readOnly = true)
    public List<Webhook> list(UUID venueId) {
        venues.get(venueId);
        return live(venueId).stream().map(t -> new Webhook(t.id(), t.venueId(), t.url(), t.events(), null, t.createdAt())).toList();
    }

    @Transactional
    public void delete(UUID webhookId) {
        target(webhookId);
        jdbc.sql("UPDATE webhooks SET deleted_at = :now WHERE id = :id").param("now", ts(clock.instant())).param("id", webhookId).update();
    }

    @Transactional(readOnly = true)
    public List<WebhookDelivery> deliveries(UUID webhookId) {
        target(webhookId);
        return messages.ofWebhook(webhookId, DELIVERIES_SHOWN).stream().map(m -> new WebhookDelivery(m.id(), m.eventType(),
                m.createdAt(), m.status(), m.attempts(), m.lastError(), m.sentAt(),
                "PENDING".equals(m.status()) ? m.nextAttemptAt() : null)).toList();
    }

    /** The venue a webhook belongs to, for access checks; empty when there is no such live webhook. */
    Optional<UUID> venueOf(UUID webhookId) {
        return find(webhookId).map(Target::venueId);
    }

    Target target(UUID webhookId) {
        return find(webhookId).orElseThrow(() -> DomainException.notFound("Webhook"));
    }

    /** The venue's live webhooks subscribed to {@code eventType}. */
    List<Target> subscribed(UUID venueId, String eventType) {
        List<Target> targets = new ArrayList<>();
        for (Target t : live(venueId)) {
            if (t.events().contains(eventType)) {
                targets.add(t);
            }
        }
        return targets;
    }

    private List<Target> live(UUID venueId) {
        return jdbc.sql("SELECT id, venue_id, url, events, secret, created_at FROM webhooks WHERE venue_id = :venue AND deleted_at IS NULL ORDER BY created_at")
                .param("venue", venueId).query(Webhooks::target).list();
    }

    private Optional<Target> find(UUID webhookId) {
        return jdbc.sql("SELECT id, venue_id, url, events, secret, created_at FROM webhooks WHERE id = :id AND deleted_at IS NULL")
                .param("id", webhookId).query(Webhooks::target).optional();
    }

    private static Target target(ResultSet rs, int row) throws SQLException {
        return new Target(uuid(rs, "id"), uuid(rs, "venue_id"), rs.getString("url"),
                Arrays.asList(rs.getString("events").split(",")), rs.getString("secret"), instant(rs, "created_at"));
    }

    private static boolean webAddress(String url) {
        try {
            URI uri = new URI(url.trim());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
