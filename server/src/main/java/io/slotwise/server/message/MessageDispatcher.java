package io.slotwise.server.message;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: every few seconds, on every instance, it claims due messages (only one
 * claimant wins each), sends them and records each attempt. Mails go in batches over one
 * connection to the mail server; webhook events one by one; the two channels take turns batch by
 * batch, so a backlog of one never holds the other up. A failure (the mail server or receiver
 * down, refusing, answering non-2xx, or slow past its timeout) is tried again on
 * {@link RetrySchedule}. Nothing here runs in a request: a booking never waits for mail.
 */
@Component
public class MessageDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MessageDispatcher.class);
    /**
     * Longer than a batch can take even when every mail of it meets the mail client's timeouts
     * (application.properties) or every webhook its 10 s: then, and only then, another may take over.
     */
    static final Duration CLAIM = Duration.ofMinutes(10);
    static final int MAIL_BATCH = 10;
    static final int WEBHOOK_BATCH = 20;

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
     * Sends what is due now, until nothing is: mails (when a mail server is set; otherwise they
     * wait, visible to staff) and webhook events. The number of messages this call delivered.
     */
    public int dispatch() {
        JavaMailSender sender = mailSender.getIfAvailable();
        int sent = 0;
        boolean more;
        do {
            more = false;
            if (sender != null) {
                List<UUID> mails = store.due("EMAIL", clock.instant(), MAIL_BATCH);
                sent += sendMails(sender, claim(mails));
                more = mails.size() == MAIL_BATCH;
            }
            List<UUID> events = store.due("WEBHOOK", clock.instant(), WEBHOOK_BATCH);
            for (StoredMessage event : claim(events)) {
                if (sendWebhookEvent(event)) {
                    sent++;
                }
            }
            more |= events.size() == WEBHOOK_BATCH;
        } while (more);
        return sent;
    }

    /** The messages of {@code due} this instance won, as they are now. */
    private List<StoredMessage> claim(List<UUID> due) {
        List<StoredMessage> won = new ArrayList<>();
        for (UUID id : due) {
            if (store.claim(id, clock.instant(), CLAIM)) {
                store.find(id).ifPresent(won::add);
            }
        }
        return won;
    }

    /** Composes the mails and sends them over one connection; each one's outcome is recorded on its own. */
    private int sendMails(JavaMailSender sender, List<StoredMessage> claimed) {
        Map<MimeMessage, StoredMessage> composed = new LinkedHashMap<>();
        for (StoredMessage message : claimed) {
            try {
                composed.put(composer.compose(sender, message), message);
            } catch (Exception e) { // a booking removed meanwhile, a template that failed: this mail only
                failed(message, e);
            }
        }
        if (composed.isEmpty()) {
            return 0;
        }
        Map<Object, Exception> failures;
        try {
            sender.send(composed.keySet().toArray(MimeMessage[]::new));
            failures = Map.of();
        } catch (MailSendException e) {
            failures = e.getFailedMessages();
        } catch (MailException e) { // refused before any mail went, e.g. the login: none of them left
            failures = new IdentityHashMap<>();
            for (MimeMessage mail : composed.keySet()) {
                failures.put(mail, e);
            }
        }
        int sent = 0;
        for (Map.Entry<MimeMessage, StoredMessage> mail : composed.entrySet()) {
            Exception failure = failures.get(mail.getKey());
            if (failure == null) {
                store.sent(mail.getValue().id(), clock.instant(), null);
                sent++;
            } else {
                failed(mail.getValue(), failure);
            }
        }
        return sent;
    }

    private boolean sendWebhookEvent(StoredMessage event) {
        String answer;
        try {
            Webhooks.Target target = webhooks.target(event.webhookId());
            answer = webhookSender.send(target.url(), target.secret(), event.payload());
        } catch (Exception e) { // unreachable, non-2xx, timed out, the webhook removed meanwhile: tried again later
            failed(event, e);
            return false;
        }
        store.sent(event.id(), clock.instant(), answer);
        return true;
    }

    private void failed(StoredMessage message, Exception e) {
        Instant failedAt = clock.instant();
        int failures = message.attempts() + 1;
        store.failed(message.id(), failedAt, describe(e), RetrySchedule.next(failures, failedAt));
        log.warn("Message {} ({}) not delivered, attempt {}: {}", message.id(), message.isWebhook() ? message.eventType() : message.kind(),
                failures, describe(e));
    }

    private static String describe(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
