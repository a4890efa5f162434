package io.slotwise.server.security;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.LoginRequest;
import io.slotwise.common.api.LoginResponse;
import io.slotwise.server.organization.OrganizationService;
import io.slotwise.server.organization.StaffUser;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.util.Optional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff login: email and password for a bearer token and the user's organizations. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private final OrganizationService organizations;
    private final AccessTokens tokens;

    AuthController(OrganizationService organizations, AccessTokens tokens) {
        this.organizations = organizations;
        this.tokens = tokens;
    }

    @PostMapping("/login")
    LoginResponse login(@RequestBody LoginRequest request) {
        Violations v = new Violations();
        v.required("email", request.email());
        v.required("password", request.password());
        v.throwIfAny();
        Optional<StaffUser> user = organizations.findUser(request.email());
        if (!organizations.passwordMatches(user, request.password())) {
            // One answer for an unknown email and a wrong password: accounts cannot be probed.
            throw new DomainException(ErrorCode.UNAUTHENTICATED, "Email or password is wrong");
        }
        StaffUser staff = user.orElseThrow();
        AccessTokens.Issued issued = tokens.issue(staff.getId());
        return new LoginResponse(issued.token(), issued.expiresAt(),
                new LoginResponse.User(staff.getId(), staff.getEmail(), staff.getDisplayName()),
                organizations.memberships(staff.getId()).stream()
                        .map(m -> new LoginResponse.Membership(m.organizationId(), m.organizationName(), m.role().name()))
                        .toList());
    }
}
