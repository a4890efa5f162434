package io.slotwise.server.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: every few seconds, on every instance, it claims due messages one by one
 * (only one claimant wins each), sends them (mails, webhook events) and records the attempt. A
 * failure (the mail server or receiver down, refusing, answering non-2xx, or slow past its
 * timeout) is tried again on {@link RetrySchedule}. Nothing here
 * runs in a request: a booking never waits for mail.
 */
@Component
public class MessageDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);
    /** Longer than any send takes (the mail client's timeouts are shorter): then another may take over. */
    static final Duration CLAIM = Duration.ofMinutes(2);
    static final int BATCH = 20;

    private final MessageStore store;
    private final MailComposer composer;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Webhooks webhooks;
    private final WebhookSender webhookSender;
    private final Clock clock;

    MessageDispatcher(MessageStore store, MailComposer composer, ObjectProvider<JavaMailSender> mailSender, Webhooks webhooks,
            WebhookSender webhookSender, Clock clock) {
        this.store = store;
        this.composer = composer;
        this.mailSender = mailSender;
        this.webhooks = webhooks;
        this.webhookSender = webhookSender;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${slotwise.mail.dispatch-every:PT5S}")
    void onSchedule() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            // The database may be briefly away; the next round tries again.
            log.warn("Could not dispatch messages: {}", e.getMessage());
        }
    }

    /**
     * Sends what is due now: mails (when a mail server is set; otherwise they wait, visible to
     * staff) and webhook events. The number of messages this call delivered.
     */
    public int dispatch() {
        JavaMailSender sender = mailSender.getIfAvailable();
        int sent = 0;
        if (sender != null) {
            sent += drain("EMAIL", message -> {
                sender.send(composer.compose(sender, message));
                return null;
            });
        }
        sent += drain("WEBHOOK", message -> {
            Webhooks.Target target = webhooks.target(message.webhookId());
            return webhookSender.send(target.url(), target.secret(), message.payload());
        });
        return sent;
    }

    /** Delivers one message; what the receiver answered, if anything worth keeping. */
    @FunctionalInterface
    private interface Delivery {
        String deliver(StoredMessage message) throws Exception;
    }

    private int drain(String channel, Delivery delivery) {
        int sent = 0;
        List<UUID> due;
        do {
            // Batch by batch until nothing is due: a backlog (the receiver was down) drains in one round.
            due = store.due(channel, clock.instant(), BATCH);
            for (UUID id : due) {
                if (store.claim(id, clock.instant(), CLAIM) && deliver(id, delivery)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean deliver(UUID id, Delivery delivery) {
        StoredMessage message = store.find(id).orElseThrow();
        String answer;
        try {
            answer = delivery.deliver(message);
        } catch (Exception e) { // refused, unreachable, timed out, a webhook removed meanwhile: tried again later
            Instant failedAt = clock.instant();
            int failures = message.attempts() + 1;
            store.failed(id, failedAt, describe(e), RetrySchedule.next(failures, failedAt));
            log.warn("Message {} ({}) not delivered, attempt {}: {}", id, message.isWebhook() ? message.eventType() : message.kind(),
                    failures, describe(e));
            return false;
        }
        store.sent(id, clock.instant(), answer);
        return true;
    }

    private static String describe(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
