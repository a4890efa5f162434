package io.slotwise.admin.messages;

import io.slotwise.common.api.CustomerMessage;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A message in the desk's words: what it is about, and how its delivery stands. */
public final class MessageTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm");

    private MessageTexts() {
    }

    /** "Booking confirmed", "Reminder", …; a webhook event as such. */
    public static String kind(String kind) {
        return switch (kind) {
            case "BOOKING_CONFIRMED" -> "Booking confirmed";
            case "BOOKING_REMINDER" -> "Reminder";
            case "BOOKING_CANCELLED" -> "Cancellation";
            case "BOOKING_RESCHEDULED" -> "New time";
            case "LATE_PAYMENT_REFUNDED" -> "Late payment refunded";
            case "WEBHOOK_EVENT" -> "Webhook event";
            default -> kind;
        };
    }

    /** "sent 3 Dec 14:05", "waiting to be sent", "waiting (2 tries: connection refused)", "failed: …". */
    public static String state(CustomerMessage m, ZoneId zone) {
        return switch (m.status()) {
            case "SENT" -> "sent " + TIME.format(m.sentAt().atZone(zone));
            case "FAILED" -> "failed: " + m.lastError();
            default -> m.attempts() == 0 ? "waiting to be sent"
                    : "waiting (" + m.attempts() + (m.attempts() == 1 ? " try" : " tries") + ": " + m.lastError() + ")";
        };
    }

    /** When the message was written, in the venue's time. */
    public static String created(CustomerMessage m, ZoneId zone) {
        return TIME.format(m.createdAt().atZone(zone));
    }
}
