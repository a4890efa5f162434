package io.slotwise.common.api;

import java.util.UUID;

/**
 * A real-time event of one venue, as streamed by Server-Sent Events: the SSE {@code event:} name
 * is {@link #type()}, {@code data:} the record as JSON, {@code id:} a sequence number to resume
 * from with {@code Last-Event-ID}. The public stream carries {@link SessionUpdated},
 * {@link ActivityUpdated} and {@link Resync}; the staff stream also {@link HoldChanged} and
 * {@link BookingChanged}. Idle streams carry SSE comments as heartbeats.
 */
public sealed interface VenueEvent {

    /** The SSE event name. */
    String type();

    /** Seats or status of a session changed. */
    record SessionUpdated(UUID sessionId, UUID activityId, int capacityRemaining, SessionStatus status)
            implements VenueEvent {
        public static final String TYPE = "session.updated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** An activity changed (name, price, schedule, active): re-fetch it and its sessions. */
    record ActivityUpdated(UUID activityId) implements VenueEvent {
        public static final String TYPE = "activity.updated";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * Events were missed (the client was away longer than the server keeps them, or the server
     * restarted): re-fetch everything shown.
     */
    record Resync() implements VenueEvent {
        public static final String TYPE = "resync";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** Staff stream: a hold was created, released, expired or confirmed. */
    record HoldChanged(UUID holdId, UUID sessionId, int partySize, HoldStatus status) implements VenueEvent {
        public static final String PREFIX = "hold.";

        /** {@code hold.held}, {@code hold.released}, {@code hold.expired} or {@code hold.confirmed}. */
        @Override
        public String type() {
            return PREFIX + status.name().toLowerCase();
        }
    }

    /** Staff stream: a booking was created (confirmed), cancelled, checked in, marked a no-show or moved. */
    record BookingChanged(UUID bookingId, String bookingNumber, UUID sessionId, String change) implements VenueEvent {
        public static final String PREFIX = "booking.";
        public static final String CONFIRMED = "confirmed";
        public static final String CANCELLED = "cancelled";
        public static final String CHECKED_IN = "checked-in";
        public static final String NO_SHOW = "no-show";
        public static final String RESCHEDULED = "rescheduled";

        /**
         * {@code booking.confirmed}, {@code booking.cancelled}, {@code booking.checked-in},
         * {@code booking.no-show} or {@code booking.rescheduled} (its {@code sessionId} is the session it left).
         */
        @Override
        public String type() {
            return PREFIX + change;
        }
    }
}
