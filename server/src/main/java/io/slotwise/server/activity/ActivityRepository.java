package io.slotwise.server.activity;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityRepository extends JpaRepository<Activity, UUID> {

    List<Activity> findByVenueIdOrderByName(UUID venueId);

    List<Activity> findByVenueIdAndActiveTrueOrderByName(UUID venueId);

    List<Activity> findByActiveTrue();
}
