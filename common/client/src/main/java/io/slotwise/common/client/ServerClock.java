package io.slotwise.common.client;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * How far the server's clock is ahead of this machine's, learned from the {@code Date} header of
 * every answer. A hold ends at the server's {@code expiresAt}, so a countdown on a machine whose
 * clock is off must add this offset, not trust its own clock.
 *
 * <p>{@code Date} has whole seconds: the server's time was somewhere in [Date, Date + 1 s) while it
 * answered, and the answer was written between sending the request and receiving the response.
 * Each answer therefore bounds the offset from both sides; the bounds of all answers are
 * intersected, so the estimate gets sharper with every call (down to a few milliseconds on a LAN).
 */
final class ServerClock implements Interceptor {

    private Duration lowest;
    private Duration highest;

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String date = response.header("Date");
        if (date != null) {
            try {
                Instant serverSecond = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                observe(serverSecond, Instant.ofEpochMilli(response.sentRequestAtMillis()),
                        Instant.ofEpochMilli(response.receivedResponseAtMillis()));
            } catch (DateTimeParseException ignored) {
                // A proxy with a broken Date header teaches nothing about the server's clock.
            }
        }
        return response;
    }

    /** One answer: the server read {@code serverSecond} (truncated) between {@code sent} and {@code received}. */
    synchronized void observe(Instant serverSecond, Instant sent, Instant received) {
        // server time t in [serverSecond, serverSecond + 1s); local time l in [sent, received]; offset = t - l.
        Duration low = Duration.between(received, serverSecond);
        Duration high = Duration.between(sent, serverSecond.plusSeconds(1));
        if (lowest == null || highest == null || low.compareTo(highest) > 0 || high.compareTo(lowest) < 0) {
            // First answer, or one that contradicts the others (a clock was set meanwhile): start over.
            lowest = low;
            highest = high;
            return;
        }
        lowest = low.compareTo(lowest) > 0 ? low : lowest;
        highest = high.compareTo(highest) < 0 ? high : highest;
    }

    /** The middle of what all answers allow; empty before the first answer. */
    synchronized Optional<Duration> serverAhead() {
        if (lowest == null) {
            return Optional.empty();
        }
        return Optional.of(lowest.plus(highest.minus(lowest).dividedBy(2)));
    }
}
