package io.slotwise.server.activity;

import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.PublicVenue;
import io.slotwise.server.readcache.PublicReadScope;
import io.slotwise.server.venue.VenueInfo;
import io.slotwise.server.venue.VenueService;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public catalog the widget and the kiosk start from: a venue and what it sells. */
@RestController
@RequestMapping("/api/v1/public")
class PublicCatalogController {

    private final VenueService venues;
    private final ActivityService activities;

    PublicCatalogController(VenueService venues, ActivityService activities) {
        this.venues = venues;
        this.activities = activities;
    }

    @GetMapping("/venues/{embedKey}")
    PublicVenue venue(@PathVariable String embedKey) {
        VenueInfo venue = venues.byEmbedKey(embedKey);
        PublicReadScope.venue(venue.id());
        return new PublicVenue(venue.id(), venue.name(), venue.zone().getId(), activities.publicActivities(venue),
                ActivityService.publicPhone(venue), ActivityService.publicLocale(venue), venue.logoUrl(), venue.accentColor());
    }

    @GetMapping("/activities/{activityId}")
    PublicActivity activity(@PathVariable UUID activityId) {
        PublicActivity activity = activities.publicActivity(activityId);
        PublicReadScope.venue(activity.venueId());
        return activity;
    }
}
