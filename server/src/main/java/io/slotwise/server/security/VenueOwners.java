package io.slotwise.server.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every feature's {@link VenueOwned}, by path variable. */
@Component
class VenueOwners {

    private final Map<String, VenueOwned> byVariable;

    VenueOwners(List<VenueOwned> owned) {
        this.byVariable = owned.stream().collect(Collectors.toUnmodifiableMap(VenueOwned::pathVariable, Function.identity()));
    }

    boolean knows(String pathVariable) {
        return byVariable.containsKey(pathVariable);
    }

    /** The venue owning the resource named by {@code pathVariable} = {@code id}; empty if it does not exist. */
    Optional<UUID> venueOf(String pathVariable, UUID id) {
        VenueOwned owned = byVariable.get(pathVariable);
        return owned == null ? Optional.empty() : owned.venueOf(id);
    }
}
