package io.slotwise.server.message;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
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
 * (only one claimant wins each), sends them and records the attempt. A failure (the mail server
 * down, refusing, or slow past its timeout) is tried again on {@link RetrySchedule}. Nothing here
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
    private final Clock clock;

    MessageDispatcher(MessageStore store, MailComposer composer, ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        this.store = store;
        this.composer = composer;
        this.mailSender = mailSender;
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

    /** Sends what is due now; the number of messages this call sent. Without a mail server nothing is sent. */
    public int dispatch() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0; // no spring.mail.host: messages wait, visible to staff
        }
        int sent = 0;
        List<UUID> due;
        do {
            // Batch by batch until nothing is due: a backlog (the mail server was down) drains in one round.
            due = store.due(clock.instant(), BATCH);
            for (UUID id : due) {
                if (store.claim(id, clock.instant(), CLAIM) && deliver(sender, id)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean deliver(JavaMailSender sender, UUID id) {
        StoredMessage message = store.find(id).orElseThrow();
        try {
            MimeMessage mail = composer.compose(sender, message);
            sender.send(mail);
        } catch (MessagingException | java.io.UnsupportedEncodingException | RuntimeException e) { // MailException is one: refused, unreachable, timed out
            Instant failedAt = clock.instant();
            int failures = message.attempts() + 1;
            store.failed(id, failedAt, describe(e), RetrySchedule.next(failures, failedAt));
            log.warn("Message {} ({}) not delivered, attempt {}: {}", id, message.kind(), failures, describe(e));
            return false;
        }
        store.sent(id, clock.instant());
        return true;
    }

    private static String describe(Exception e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
