package io.slotwise.server.venue;

import io.slotwise.common.api.VenueRequest;
import io.slotwise.server.web.ImageAddresses;
import io.slotwise.server.web.Violations;
import java.util.Locale;

/**
 * The brand fields of a venue request, checked: a logo and an accent colour. Each left out (null)
 * keeps the stored value; an empty one clears it. The accent colours buttons with white text and
 * links on white, so it must be dark enough to read on both (WCAG's 4.5:1).
 */
record VenueBrand(String logoUrl, String accentColor) {

    static final double LEAST_CONTRAST = 4.5;

    static VenueBrand of(VenueRequest request, Violations v) {
        String logo = request.logoUrl() == null ? null : request.logoUrl().trim();
        if (logo != null && !logo.isEmpty() && !ImageAddresses.valid(logo)) {
            v.add("logoUrl", ImageAddresses.RULE);
        }
        String accent = request.accentColor() == null ? null : request.accentColor().trim().toLowerCase(Locale.ROOT);
        if (accent != null && !accent.isEmpty()) {
            if (!accent.matches("#[0-9a-f]{6}")) {
                v.add("accentColor", "must be a colour such as #0b57d0");
            } else if (contrastWithWhite(accent) < LEAST_CONTRAST) {
                v.add("accentColor", String.format(Locale.ROOT,
                        "is too light for white text on buttons (contrast %.1f:1, at least 4.5:1 is needed): choose a darker colour",
                        contrastWithWhite(accent)));
            }
        }
        return new VenueBrand(logo, accent);
    }

    void applyTo(Venue venue) {
        venue.brand(kept(logoUrl, venue.getLogoUrl()), kept(accentColor, venue.getAccentColor()));
    }

    private static String kept(String given, String stored) {
        if (given == null) {
            return stored;
        }
        return given.isEmpty() ? null : given;
    }

    /** WCAG's contrast ratio of a colour (#rrggbb) against white. */
    static double contrastWithWhite(String hex) {
        double luminance = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(String hex, int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
