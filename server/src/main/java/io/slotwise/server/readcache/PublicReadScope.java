package io.slotwise.server.readcache;

import java.time.Instant;
import java.util.UUID;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a public read tells the cache about its answer while it renders it: which venue it shows
 * (its changes drop the answer) and, for an answer that changes with time alone, until when it
 * holds. An answer that names no venue is not cached. Outside a request this does nothing.
 */
public final class PublicReadScope {

    static final String VENUE = PublicReadScope.class.getName() + ".venue";
    static final String UNTIL = PublicReadScope.class.getName() + ".until";

    private PublicReadScope() {
    }

    public static void venue(UUID venueId) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(VENUE, venueId, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The answer is true until {@code instant} at the latest (e.g. a session stops being bookable when it starts). */
    public static void until(Instant instant) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return;
        }
        Instant earlier = (Instant) request.getAttribute(UNTIL, RequestAttributes.SCOPE_REQUEST);
        if (earlier == null || instant.isBefore(earlier)) {
            request.setAttribute(UNTIL, instant, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
