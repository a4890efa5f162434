package io.slotwise.server.resource;

import java.time.Duration;
import java.time.Instant;

/**
 * The time a session keeps its shared resources: from its start to its end plus the activity's
 * reset time, half-open ({@code [from, until)}), so a session may start exactly when another's
 * reset ends. Instants, not local times: on a daylight-saving night a 15-minute reset is 15 real
 * minutes, and a session across midnight is one window.
 */
public record ResourceWindow(Instant from, Instant until) {

    public ResourceWindow {
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("A window ends after it starts: " + from + " .. " + until);
        }
    }

    /** The window of a session from {@code start} to {@code end} followed by {@code bufferMinutes} of reset. */
    public static ResourceWindow of(Instant start, Instant end, int bufferMinutes) {
        if (bufferMinutes < 0) {
            throw new IllegalArgumentException("A reset time is not negative: " + bufferMinutes);
        }
        return new ResourceWindow(start, end.plus(Duration.ofMinutes(bufferMinutes)));
    }

    /** Whether both windows claim some instant: one starts before the other ends, both ways. */
    public boolean overlaps(ResourceWindow other) {
        return from.isBefore(other.until) && other.from.isBefore(until);
    }
}
