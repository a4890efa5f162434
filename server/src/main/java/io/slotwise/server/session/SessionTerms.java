package io.slotwise.server.session;

import io.slotwise.server.activity.Selling;
import io.slotwise.server.resource.ResourceWindow;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.SessionStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What a hold needs to know about a session: its activity's rules, prices, how it sells (mode,
 * shared resources, reset time) and the venue.
 */
public record SessionTerms(
        UUID sessionId,
        UUID activityId,
        String activityName,
        UUID venueId,
        UUID organizationId,
        ZoneId zone,
        SessionStatus status,
        boolean activityActive,
        Instant startTime,
        Instant endTime,
        int capacityRemaining,
        int minPartySize,
        int maxPartySize,
        long price,
        String currency,
        PaymentMode paymentMode,
        Selling selling) {

    /** The time the session keeps its shared resources: start to end plus the activity's reset time. */
    public ResourceWindow resourceWindow() {
        return ResourceWindow.of(startTime, endTime, selling.bufferMinutes());
    }

    /** Whether the session takes holds at {@code now}: open, of an active activity, not started. */
    public boolean bookableAt(Instant now) {
        return status == SessionStatus.OPEN && activityActive && startTime.isAfter(now);
    }
}
