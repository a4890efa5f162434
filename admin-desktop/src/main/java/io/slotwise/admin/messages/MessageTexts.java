package io.slotwise.admin.messages;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.Texts;
import io.slotwise.common.api.CustomerMessage;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A message in the desk's words: what it is about, and how its delivery stands. */
public final class MessageTexts {

    private MessageTexts() {
    }

    /** "Booking confirmed", "Reminder", …; a webhook event as such. */
    public static String kind(String kind) {
        return switch (kind) {
            case "BOOKING_CONFIRMED" -> text("messages.kind.confirmed");
            case "BOOKING_REMINDER" -> text("messages.kind.reminder");
            case "BOOKING_CANCELLED" -> text("messages.kind.cancelled");
            case "BOOKING_RESCHEDULED" -> text("messages.kind.rescheduled");
            case "LATE_PAYMENT_REFUNDED" -> text("messages.kind.latePaymentRefunded");
            case "WEBHOOK_EVENT" -> text("messages.kind.webhookEvent");
            default -> kind;
        };
    }

    /** "sent 3 Dec 14:05", "waiting to be sent", "waiting (2 tries: connection refused)", "failed: …". */
    public static String state(CustomerMessage m, ZoneId zone) {
        return switch (m.status()) {
            case "SENT" -> text("messages.state.sent", time().format(m.sentAt().atZone(zone)));
            case "FAILED" -> text("messages.state.failed", m.lastError());
            default -> m.attempts() == 0 ? text("messages.state.waiting")
                    : text("messages.state.retrying", m.attempts(), m.lastError());
        };
    }

    /** When the message was written, in the venue's time. */
    public static String created(CustomerMessage m, ZoneId zone) {
        return time().format(m.createdAt().atZone(zone));
    }

    /** "3 Dec 14:05", as the language writes it (read when used: the language is chosen at login). */
    private static DateTimeFormatter time() {
        return Texts.dates("messages.format.time");
    }
}
