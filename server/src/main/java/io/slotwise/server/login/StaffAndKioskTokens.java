package io.slotwise.server.login;

import io.slotwise.server.kiosk.KioskDeviceService;
import io.slotwise.server.organization.Membership;
import io.slotwise.server.organization.OrganizationService;
import io.slotwise.server.security.Caller;
import io.slotwise.server.security.CallerTokens;
import io.slotwise.server.security.Role;
import java.util.Optional;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;

/**
 * Turns a bearer token into a {@link Caller}: kiosk device tokens ({@code kiosk_…}) are looked up
 * by hash, anything else must be a valid staff JWT. Memberships are read on every request, so a
 * removed membership or a revoked device stops working at once.
 */
@Component
class StaffAndKioskTokens implements CallerTokens {

    static final String KIOSK_PREFIX = "kiosk_";

    private final AccessTokens tokens;
    private final OrganizationService organizations;
    private final KioskDeviceService kiosks;
    private final RevokedTokens revoked;

    StaffAndKioskTokens(AccessTokens tokens, OrganizationService organizations, KioskDeviceService kiosks, RevokedTokens revoked) {
        this.tokens = tokens;
        this.organizations = organizations;
        this.kiosks = kiosks;
        this.revoked = revoked;
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        if (token.startsWith(KIOSK_PREFIX)) {
            return kiosks.authenticate(token).map(device -> new Caller.Kiosk(device.id(), device.venueId(), device.name()));
        }
        Jwt jwt;
        try {
            jwt = tokens.decoder().decode(token);
        } catch (JwtException e) {
            return Optional.empty(); // invalid or expired
        }
        UUID userId;
        try {
            userId = UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        var user = organizations.account(userId);
        if (user.isEmpty() || revoked.isRevoked(jwt.getId())) {
            return Optional.empty(); // unknown user, or logged out
        }
        Object generation = jwt.getClaim(AccessTokens.GENERATION);
        if (!(generation instanceof Number g) || g.intValue() != user.get().tokenGeneration()) {
            return Optional.empty(); // issued before the password changed
        }
        Map<UUID, Role> roles = organizations.memberships(userId).stream()
                .collect(Collectors.toUnmodifiableMap(Membership::organizationId, Membership::role));
        return Optional.of(new Caller.Staff(userId, user.get().email(), roles, jwt.getId(), jwt.getExpiresAt()));
    }
}
