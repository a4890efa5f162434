package io.slotwise.server.venue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface VenueRepository extends JpaRepository<Venue, UUID> {

    Optional<Venue> findByEmbedKey(String embedKey);

    List<Venue> findByOrganizationIdOrderByName(UUID organizationId);

    /** A first cut by substring; callers compare whole origins. */
    List<Venue> findByAllowedOriginsContaining(String origin);
}
