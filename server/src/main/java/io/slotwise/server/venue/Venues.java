package io.slotwise.server.venue;

import io.slotwise.server.audit.AuditSnapshots;
import io.slotwise.server.security.VenueDirectory;
import io.slotwise.server.security.VenueOwned;
import io.slotwise.server.web.DomainException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** What security needs to know of venues (their organization, embed keys and allowed origins), and how a venue looks in the audit log. */
@Component
class Venues implements VenueDirectory, VenueOwned, AuditSnapshots {

    private final VenueService venues;

    Venues(VenueService venues) {
        this.venues = venues;
    }

    @Override
    public String pathVariable() {
        return "venueId";
    }

    @Override
    public Object snapshot(UUID id) {
        return venues.details(id);
    }

    @Override
    public Optional<UUID> venueOf(UUID id) {
        return found(() -> venues.get(id).id());
    }

    @Override
    public Optional<UUID> organizationOf(UUID venueId) {
        return found(() -> venues.get(venueId).organizationId());
    }

    @Override
    public Optional<UUID> venueOfEmbedKey(String embedKey) {
        return found(() -> venues.byEmbedKey(embedKey).id());
    }

    @Override
    public List<String> allowedOrigins(UUID venueId) {
        return found(() -> venues.get(venueId).allowedOrigins()).orElse(List.of());
    }

    @Override
    public boolean anyAllows(String origin) {
        return venues.anyAllows(origin);
    }

    private static <T> Optional<T> found(Supplier<T> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (DomainException unknown) {
            return Optional.empty();
        }
    }
}
