package io.slotwise.server.security;

import io.slotwise.server.web.DomainException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A {@link VenueOwned} over a feature's own lookup, which answers an unknown id with its usual
 * 404 ({@link DomainException}): a feature registers one in a line.
 */
public abstract class VenueLookup implements VenueOwned {

    private final String pathVariable;
    private final Function<UUID, UUID> venueOf;

    protected VenueLookup(String pathVariable, Function<UUID, UUID> venueOf) {
        this.pathVariable = pathVariable;
        this.venueOf = venueOf;
    }

    @Override
    public String pathVariable() {
        return pathVariable;
    }

    @Override
    public Optional<UUID> venueOf(UUID id) {
        try {
            return Optional.ofNullable(venueOf.apply(id));
        } catch (DomainException unknown) {
            return Optional.empty();
        }
    }
}
