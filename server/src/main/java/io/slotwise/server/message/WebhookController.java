package io.slotwise.server.message;

import io.slotwise.common.api.Webhook;
import io.slotwise.common.api.WebhookDelivery;
import io.slotwise.common.api.WebhookRequest;
import io.slotwise.server.security.Guarded;
import io.slotwise.server.security.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Owners manage their venue's webhooks for integrators; the secret is in the creating answer only. */
@RestController
@RequestMapping("/api/v1")
class WebhookController {

    private final Webhooks webhooks;
    private final WebhookEvents events;

    WebhookController(Webhooks webhooks, WebhookEvents events) {
        this.webhooks = webhooks;
        this.events = events;
    }

    @Guarded(Role.OWNER)
    @GetMapping("/venues/{venueId}/webhooks")
    List<Webhook> list(@PathVariable UUID venueId) {
        return webhooks.list(venueId);
    }

    @Guarded(Role.OWNER)
    @PostMapping("/venues/{venueId}/webhooks")
    @ResponseStatus(HttpStatus.CREATED)
    Webhook create(@PathVariable UUID venueId, @RequestBody(required = false) WebhookRequest request) {
        return webhooks.create(venueId, request);
    }

    @Guarded(Role.OWNER)
    @DeleteMapping("/webhooks/{webhookId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID webhookId) {
        webhooks.delete(webhookId);
    }

    @Guarded(Role.OWNER)
    @GetMapping("/webhooks/{webhookId}/deliveries")
    List<WebhookDelivery> deliveries(@PathVariable UUID webhookId) {
        return webhooks.deliveries(webhookId);
    }

    /** Sends a test event now (with the next dispatch), to see the receiver answer in the deliveries. */
    @Guarded(Role.OWNER)
    @PostMapping("/webhooks/{webhookId}/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Transactional
    Map<String, UUID> test(@PathVariable UUID webhookId) {
        return Map.of("id", events.test(webhooks.target(webhookId)));
    }
}
