package io.slotwise.common.client;

import io.slotwise.common.api.VenueEvent;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads one SSE event ({@code event:} name and {@code data:} JSON) into its {@link VenueEvent} record. */
final class VenueEventParser {

    private static final System.Logger LOG = System.getLogger(VenueEventParser.class.getName());

    private final JsonMapper json;

    VenueEventParser(JsonMapper json) {
        this.json = json;
    }

    /**
     * The typed event, or empty for names this client does not know (a newer server may send
     * more kinds) and for data it cannot read.
     */
    Optional<VenueEvent> parse(String name, String data) {
        if (name == null) {
            return Optional.empty();
        }
        Class<? extends VenueEvent> type = typeOf(name);
        if (type == null) {
            return Optional.empty();
        }
        if (type == VenueEvent.Resync.class && (data == null || data.isBlank())) {
            return Optional.of(new VenueEvent.Resync());
        }
        try {
            VenueEvent event = json.readValue(data, type);
            return Optional.ofNullable(complete(name, event));
        } catch (JacksonException e) {
            LOG.log(System.Logger.Level.WARNING, "Ignoring unreadable \"{0}\" event: {1}", name, e.getOriginalMessage());
            return Optional.empty();
        }
    }

    private static Class<? extends VenueEvent> typeOf(String name) {
        switch (name) {
            case VenueEvent.SessionUpdated.TYPE:
                return VenueEvent.SessionUpdated.class;
            case VenueEvent.ActivityUpdated.TYPE:
                return VenueEvent.ActivityUpdated.class;
            case VenueEvent.Resync.TYPE:
                return VenueEvent.Resync.class;
            default:
                if (name.startsWith(VenueEvent.HoldChanged.PREFIX)) {
                    return VenueEvent.HoldChanged.class;
                }
                if (name.startsWith(VenueEvent.BookingChanged.PREFIX)) {
                    return VenueEvent.BookingChanged.class;
                }
                return null;
        }
    }

    /** Fills what a record's {@code type()} needs from the event name when the data lacks it. */
    private static VenueEvent complete(String name, VenueEvent event) {
        if (event instanceof VenueEvent.HoldChanged hold && hold.status() == null) {
            // A hold status this client does not know: type() could not be computed, so drop it.
            LOG.log(System.Logger.Level.DEBUG, "Ignoring \"{0}\" event with an unknown hold status", name);
            return null;
        }
        if (event instanceof VenueEvent.BookingChanged booking && booking.change() == null) {
            return new VenueEvent.BookingChanged(booking.bookingId(), booking.bookingNumber(), booking.sessionId(),
                    name.substring(VenueEvent.BookingChanged.PREFIX.length()));
        }
        return event;
    }
}
