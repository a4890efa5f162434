package io.slotwise.server.events;

import io.slotwise.common.api.VenueEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Signals as compact JSON, for the PostgreSQL NOTIFY relay between server instances. */
@Component
class SignalCodec {

    private final JsonMapper json;

    SignalCodec(JsonMapper json) {
        this.json = json;
    }

    String write(List<Signal> signals) {
        ArrayNode array = json.createArrayNode();
        for (Signal s : signals) {
            ObjectNode node = array.addObject();
            if (s.venueId() != null) {
                node.put("v", s.venueId().toString());
            }
            if (s.sessionId() != null) {
                node.put("s", s.sessionId().toString());
            }
            if (s.event() != null) {
                node.put("t", s.event().type());
                node.set("e", json.valueToTree(s.event()));
                node.put("o", s.staffOnly());
            }
        }
        return json.writeValueAsString(array);
    }

    List<Signal> read(String payload) {
        List<Signal> signals = new ArrayList<>();
        for (JsonNode node : json.readTree(payload)) {
            UUID venue = node.has("v") ? UUID.fromString(node.get("v").asString()) : null;
            UUID session = node.has("s") ? UUID.fromString(node.get("s").asString()) : null;
            VenueEvent event = node.has("t") ? event(node.get("t").asString(), node.get("e")) : null;
            signals.add(new Signal(venue, session, event, node.path("o").asBoolean(false)));
        }
        return signals;
    }

    private VenueEvent event(String type, JsonNode data) {
        Class<? extends VenueEvent> kind;
        if (type.equals(VenueEvent.SessionUpdated.TYPE)) {
            kind = VenueEvent.SessionUpdated.class;
        } else if (type.equals(VenueEvent.ActivityUpdated.TYPE)) {
            kind = VenueEvent.ActivityUpdated.class;
        } else if (type.equals(VenueEvent.Resync.TYPE)) {
            kind = VenueEvent.Resync.class;
        } else if (type.startsWith(VenueEvent.HoldChanged.PREFIX)) {
            kind = VenueEvent.HoldChanged.class;
        } else if (type.startsWith(VenueEvent.BookingChanged.PREFIX)) {
            kind = VenueEvent.BookingChanged.class;
        } else {
            throw new IllegalArgumentException("Unknown event type " + type);
        }
        return json.treeToValue(data, kind);
    }
}
