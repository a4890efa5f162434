package io.slotwise.server.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/** Spring Security's side of {@link CallerTokens}: a bearer token becomes the request's {@link Caller}. */
@Component
class CallerTokenAuthentication implements AuthenticationProvider {

    private final CallerTokens tokens;

    CallerTokenAuthentication(CallerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        return tokens.authenticate(token).map(CallerAuthentication::new)
                .orElseThrow(() -> new BadCredentialsException("Unknown, expired or revoked token"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
