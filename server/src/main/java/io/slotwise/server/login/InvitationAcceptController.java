package io.slotwise.server.login;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.InvitationAcceptance;
import io.slotwise.common.api.LoginResponse;
import io.slotwise.server.organization.InvitationService;
import io.slotwise.server.organization.OrganizationService;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.RateLimitedException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The invitee's side of an invitation: with its token and their password (an existing account's,
 * or a new one) they join the organization and are logged in. Wrong passwords count against the
 * invited account as at login ({@link LoginThrottle}).
 */
@RestController
class InvitationAcceptController {

    private final InvitationService invitations;
    private final OrganizationService organizations;
    private final AccessTokens tokens;
    private final LoginThrottle throttle;

    InvitationAcceptController(InvitationService invitations, OrganizationService organizations, AccessTokens tokens,
            LoginThrottle throttle) {
        this.invitations = invitations;
        this.organizations = organizations;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @PostMapping("/api/v1/public/invitations/accept")
    LoginResponse accept(@RequestBody InvitationAcceptance acceptance, HttpServletRequest http) {
        String address = http.getRemoteAddr();
        String email = invitations.emailOf(acceptance.token()).orElse(null);
        if (email != null) {
            var wait = throttle.waitBeforeTrying(address, email);
            if (wait.isPresent()) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                throw new RateLimitedException("Too many wrong passwords for this account from here; retry in " + seconds + " s",
                        seconds);
            }
        }
        InvitationService.Accepted accepted;
        try {
            accepted = invitations.accept(acceptance);
        } catch (DomainException e) {
            if (e.code() == ErrorCode.UNAUTHENTICATED && email != null) {
                throttle.failed(address, email);
            }
            throw e;
        }
        if (email != null) {
            throttle.succeeded(address, email);
        }
        return AuthController.loggedIn(tokens, organizations, accepted.user());
    }
}
