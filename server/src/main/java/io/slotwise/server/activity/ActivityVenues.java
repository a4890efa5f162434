package io.slotwise.server.activity;

import io.slotwise.server.security.VenueLookup;
import org.springframework.stereotype.Component;

/** How activityIds resolve to their venue, for access checks and CORS. */
@Component
class ActivityVenues extends VenueLookup {

    ActivityVenues(ActivityService service) {
        super("activityId", id -> service.get(id).getVenueId());
    }
}
