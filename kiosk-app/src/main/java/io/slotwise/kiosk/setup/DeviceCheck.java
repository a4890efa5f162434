package io.slotwise.kiosk.setup;

import io.slotwise.common.api.PublicVenue;
import io.slotwise.common.client.SlotwiseApiException;
import io.slotwise.common.client.SlotwiseClient;

/**
 * Tries settings before they are saved: the server answers, the embed key names a venue, and the
 * device token belongs to that venue. Answers in words for the person at the first-run screen.
 */
public final class DeviceCheck {

    private DeviceCheck() {
    }

    /** Null when the kiosk can work with these settings; otherwise what is wrong. */
    public static String problem(KioskConfig config) {
        try (SlotwiseClient client = SlotwiseClient.builder(config.serverUrl().trim()).bearerToken(config.deviceToken().trim()).build()) {
            PublicVenue venue;
            try {
                venue = client.publicApi().venue(config.embedKey().trim());
            } catch (SlotwiseApiException e) {
                if (e.isTransportFailure()) {
                    return "No Slotwise server answers at " + config.serverUrl() + ". Check the address and the network.";
                }
                return e.status() == 404 ? "No venue has the embed key \"" + config.embedKey() + "\"."
                        : "The server refused the settings (" + (e.detail() != null ? e.detail() : "status " + e.status()) + ").";
            }
            try {
                client.staff().venueDetails(venue.id());
                return null;
            } catch (SlotwiseApiException e) {
                return e.isTransportFailure() ? "The server stopped answering. Please try again."
                        : "This device token is not valid for " + venue.name() + ". Ask an owner for a new one.";
            }
        }
    }
}
