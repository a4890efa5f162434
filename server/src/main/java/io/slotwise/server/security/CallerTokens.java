package io.slotwise.server.security;

import java.util.Optional;

/**
 * Turns a bearer token into who is calling: a staff member with their roles, or a kiosk device
 * of a venue. Provided by the module that issues tokens, so that this one depends on no feature.
 */
public interface CallerTokens {

    /** The caller the token stands for; empty when it is unknown, expired or revoked. */
    Optional<Caller> authenticate(String token);
}
