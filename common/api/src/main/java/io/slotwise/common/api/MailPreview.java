package io.slotwise.common.api;

import java.util.UUID;

/**
 * A message as its receiver gets it, for staff to read: for a mail, the subject, plain text and
 * HTML rendered from the booking as it is now, and the calendar file it carries (null if none);
 * for a webhook event, the URL as {@code to} and the JSON body as {@code text}.
 */
public record MailPreview(UUID messageId, String to, String subject, String text, String html, String calendar) {
}
