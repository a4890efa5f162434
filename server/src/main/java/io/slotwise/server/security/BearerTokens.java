package io.slotwise.server.security;

import io.slotwise.server.kiosk.KioskDeviceService;
import io.slotwise.server.organization.Membership;
import io.slotwise.server.organization.OrganizationService;
import io.slotwise.server.organization.Role;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Turns a bearer token into a {@link Caller}: kiosk device tokens ({@code kiosk_…}) are looked up
 * by hash, anything else must be a valid staff JWT. Memberships are read on every request, so a
 * removed membership or a revoked device stops working at once.
 */
@Component
class BearerTokens implements AuthenticationProvider {

    static final String KIOSK_PREFIX = "kiosk_";

    private final AccessTokens tokens;
    private final OrganizationService organizations;
    private final KioskDeviceService kiosks;
    private final RevokedTokens revoked;

    BearerTokens(AccessTokens tokens, OrganizationService organizations, KioskDeviceService kiosks, RevokedTokens revoked) {
        this.tokens = tokens;
        this.organizations = organizations;
        this.kiosks = kiosks;
        this.revoked = revoked;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (token.startsWith(KIOSK_PREFIX)) {
            return kiosks.authenticate(token)
                    .map(device -> new CallerAuthentication(new Caller.Kiosk(device.id(), device.venueId(), device.name())))
                    .orElseThrow(() -> new BadCredentialsException("Unknown or revoked kiosk token"));
        }
        Jwt jwt;
        try {
            jwt = tokens.decoder().decode(token);
        } catch (JwtException e) {
            throw new BadCredentialsException("Invalid or expired access token");
        }
        UUID userId;
        try {
            userId = UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BadCredentialsException("Invalid access token");
        }
        var user = organizations.user(userId).orElseThrow(() -> new BadCredentialsException("Unknown user"));
        if (revoked.isRevoked(jwt.getId())) {
            throw new BadCredentialsException("Logged out");
        }
        Object generation = jwt.getClaim(AccessTokens.GENERATION);
        if (!(generation instanceof Number g) || g.intValue() != user.getTokenGeneration()) {
            throw new BadCredentialsException("Issued before the password changed");
        }
        Map<UUID, Role> roles = organizations.memberships(userId).stream()
                .collect(Collectors.toUnmodifiableMap(Membership::organizationId, Membership::role));
        return new CallerAuthentication(new Caller.Staff(userId, user.getEmail(), roles, jwt.getId(), jwt.getExpiresAt()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
