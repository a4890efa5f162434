package io.slotwise.server.login;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.LoginRequest;
import io.slotwise.common.api.LoginResponse;
import io.slotwise.server.organization.MemberService;
import io.slotwise.server.security.Caller;
import io.slotwise.server.security.Callers;
import io.slotwise.server.organization.OrganizationService;
import io.slotwise.server.organization.StaffAccount;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.RateLimitedException;
import io.slotwise.server.web.Violations;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import io.slotwise.common.api.PasswordChange;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff login: email and password for a bearer token and the user's organizations. */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    private final OrganizationService organizations;
    private final AccessTokens tokens;
    private final LoginThrottle throttle;
    private final RevokedTokens revoked;

    AuthController(OrganizationService organizations, AccessTokens tokens, LoginThrottle throttle, RevokedTokens revoked) {
        this.organizations = organizations;
        this.tokens = tokens;
        this.throttle = throttle;
        this.revoked = revoked;
    }

    /** Ends this token now (other sessions of the user stay logged in). */
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout() {
        Caller.Staff staff = staff();
        revoked.revoke(staff.tokenId(), staff.tokenExpiresAt());
    }

    /** Changes the caller's password; every token issued before, this one included, stops working. */
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody PasswordChange request) {
        Violations v = new Violations();
        v.required("currentPassword", request.currentPassword());
        if (v.required("newPassword", request.newPassword()) && request.newPassword().length() < MemberService.MIN_PASSWORD) {
            v.add("newPassword", "must be at least " + MemberService.MIN_PASSWORD + " characters");
        }
        v.maxLength("newPassword", request.newPassword(), 72);
        v.throwIfAny();
        if (!organizations.changePassword(staff().userId(), request.currentPassword(), request.newPassword())) {
            throw DomainException.invalid("currentPassword", "is not the current password");
        }
    }

    private static Caller.Staff staff() {
        if (Callers.current() instanceof Caller.Staff staff) {
            return staff;
        }
        throw new DomainException(ErrorCode.FORBIDDEN, "Only staff log out or change passwords");
    }

    @PostMapping("/login")
    LoginResponse login(@RequestBody LoginRequest request, HttpServletRequest http) {
        Violations v = new Violations();
        v.required("email", request.email());
        v.required("password", request.password());
        v.throwIfAny();
        String address = http.getRemoteAddr();
        var wait = throttle.waitBeforeTrying(address, request.email());
        if (wait.isPresent()) {
            // This address keeps guessing this account's password: it waits longer after every failure.
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw new RateLimitedException("Too many wrong passwords for this account from here; retry in " + seconds + " s", seconds);
        }
        Optional<StaffAccount> user = organizations.signIn(request.email(), request.password());
        if (user.isEmpty()) {
            throttle.failed(address, request.email());
            // One answer for an unknown email and a wrong password: accounts cannot be probed.
            throw new DomainException(ErrorCode.UNAUTHENTICATED, "Email or password is wrong");
        }
        throttle.succeeded(address, request.email());
        return loggedIn(tokens, organizations, user.orElseThrow());
    }

    /** A fresh token for {@code staff} and the organizations they belong to: the answer of a login. */
    static LoginResponse loggedIn(AccessTokens tokens, OrganizationService organizations, StaffAccount staff) {
        AccessTokens.Issued issued = tokens.issue(staff.id(), staff.tokenGeneration());
        return new LoginResponse(issued.token(), issued.expiresAt(),
                new LoginResponse.User(staff.id(), staff.email(), staff.displayName()),
                organizations.memberships(staff.id()).stream()
                        .map(m -> new LoginResponse.Membership(m.organizationId(), m.organizationName(), m.role().name()))
                        .toList());
    }
}
