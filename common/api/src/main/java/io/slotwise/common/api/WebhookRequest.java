package io.slotwise.common.api;

import java.util.List;

/**
 * Subscribe {@code url} (http or https) to {@code events}: {@code booking.confirmed},
 * {@code booking.cancelled}, {@code booking.rescheduled}, {@code booking.checked-in},
 * {@code booking.no-show}, {@code session.updated}.
 */
public record WebhookRequest(String url, List<String> events) {
}
