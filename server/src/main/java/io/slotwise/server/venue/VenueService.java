package io.slotwise.server.venue;

import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.api.VenueRequest;
import io.slotwise.server.organization.OrganizationService;
import io.slotwise.server.system.Secrets;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Venues: their zone, their public embed key and the origins allowed to embed the widget. */
@Service
public class VenueService {

    private final VenueRepository venues;
    private final OrganizationService organizations;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    VenueService(VenueRepository venues, OrganizationService organizations, Clock clock, ApplicationEventPublisher publisher) {
        this.venues = venues;
        this.organizations = organizations;
        this.clock = clock;
        this.publisher = publisher;
    }

    @Transactional
    public VenueDetails create(UUID organizationId, VenueRequest request) {
        organizations.requireExisting(organizationId);
        Valid valid = validate(request);
        Venue venue = new Venue(organizationId, valid.name(), valid.zone(), newEmbedKey(), valid.origins(), clock.instant());
        valid.contact().applyTo(venue);
        valid.brand().applyTo(venue);
        return details(venues.save(venue));
    }

    /** Creates a venue with a chosen embed key (demo data uses readable keys such as "demo"). */
    @Transactional
    public VenueDetails createWithEmbedKey(UUID organizationId, VenueRequest request, String embedKey) {
        Valid valid = validate(request);
        Venue venue = new Venue(organizationId, valid.name(), valid.zone(), embedKey, valid.origins(), clock.instant());
        valid.contact().applyTo(venue);
        valid.brand().applyTo(venue);
        return details(venues.save(venue));
    }

    @Transactional(readOnly = true)
    public List<VenueDetails> list(UUID organizationId) {
        organizations.requireExisting(organizationId);
        return venues.findByOrganizationIdOrderByName(organizationId).stream().map(VenueService::details).toList();
    }

    @Transactional(readOnly = true)
    public VenueDetails details(UUID venueId) {
        return details(entity(venueId));
    }

    @Transactional
    public VenueDetails update(UUID venueId, VenueRequest request) {
        Venue venue = entity(venueId);
        Valid valid = validate(request);
        venue.update(valid.name(), valid.zone(), valid.origins());
        valid.contact().applyTo(venue);
        valid.brand().applyTo(venue);
        publisher.publishEvent(new VenueChanged(venueId));
        return details(venue);
    }

    /** Replaces the embed key: widgets pasted with the old key stop working at once. */
    @Transactional
    public VenueDetails rotateEmbedKey(UUID venueId) {
        Venue venue = entity(venueId);
        venue.rotateEmbedKey(newEmbedKey());
        publisher.publishEvent(new VenueChanged(venueId));
        return details(venue);
    }

    /** The venue, or {@code NOT_FOUND}. */
    @Transactional(readOnly = true)
    public VenueInfo get(UUID venueId) {
        return info(entity(venueId));
    }

    /** The venue whose widget uses this key, or {@code NOT_FOUND}. */
    @Transactional(readOnly = true)
    public VenueInfo byEmbedKey(String embedKey) {
        return info(venues.findByEmbedKey(embedKey).orElseThrow(() -> DomainException.notFound("Venue")));
    }

    private Venue entity(UUID venueId) {
        return venues.findById(venueId).orElseThrow(() -> DomainException.notFound("Venue"));
    }

    private static VenueInfo info(Venue v) {
        return new VenueInfo(v.getId(), v.getOrganizationId(), v.getName(), v.getZone(), v.getEmbedKey(), v.getAllowedOrigins(),
                v.getAddress(), v.getPhone(), v.getEmail(), v.getDefaultLocale(), v.getLogoUrl(), v.getAccentColor());
    }

    /** Whether any venue allows the origin to embed its widget. */
    @Transactional(readOnly = true)
    public boolean anyAllows(String origin) {
        return venues.findByAllowedOriginsContaining(origin).stream().anyMatch(v -> v.getAllowedOrigins().contains(origin));
    }

    private static String newEmbedKey() {
        return Secrets.random(18);
    }

    private static VenueDetails details(Venue v) {
        return new VenueDetails(v.getId(), v.getOrganizationId(), v.getName(), v.getZone().getId(),
                v.getEmbedKey(), v.getAllowedOrigins(), v.getCreatedAt(), v.getAddress(), v.getPhone(), v.getEmail(),
                v.getDefaultLocale(), v.getLogoUrl(), v.getAccentColor());
    }

    private record Valid(String name, ZoneId zone, List<String> origins, VenueContact contact, VenueBrand brand) {
    }

    private static Valid validate(VenueRequest request) {
        Violations v = new Violations();
        if (request == null) {
            v.add("body", "is required");
            v.throwIfAny();
        }
        if (v.required("name", request.name())) {
            v.maxLength("name", request.name(), 200);
        }
        ZoneId zone = null;
        if (v.required("timezone", request.timezone())) {
            if (ZoneId.getAvailableZoneIds().contains(request.timezone())) {
                zone = ZoneId.of(request.timezone());
            } else {
                v.add("timezone", "must be an IANA time zone such as Europe/Berlin");
            }
        }
        List<String> origins = new ArrayList<>();
        List<String> given = request.allowedOrigins() == null ? List.of() : request.allowedOrigins();
        for (int i = 0; i < given.size(); i++) {
            String origin = normalizeOrigin(given.get(i));
            if (origin == null) {
                v.add("allowedOrigins[" + i + "]", "must be an origin such as https://www.example.com");
            } else if (!origins.contains(origin)) {
                origins.add(origin);
            }
        }
        if (origins.size() > 20) {
            v.add("allowedOrigins", "must list at most 20 origins");
        }
        VenueContact contact = VenueContact.of(request, v);
        VenueBrand brand = VenueBrand.of(request, v);
        v.throwIfAny();
        return new Valid(request.name().trim(), zone, origins, contact, brand);
    }

    /** Scheme, host and port only, lower-cased, as browsers send them in the Origin header. */
    private static String normalizeOrigin(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 200) {
            return null;
        }
        try {
            URI uri = new URI(raw.trim());
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            boolean bare = (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/"))
                    && uri.getQuery() == null && uri.getFragment() == null && uri.getUserInfo() == null;
            if (!web || uri.getHost() == null || !bare) {
                return null;
            }
            String origin = uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase();
            return uri.getPort() == -1 ? origin : origin + ":" + uri.getPort();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
