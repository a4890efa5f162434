package io.slotwise.server.security;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.server.web.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The one place staff endpoints are authorized. It finds the resource a request touches, the
 * organization and venue that own it, and checks the caller against the endpoint's
 * {@link Guarded} rule before the controller runs. Someone outside the owning organization gets
 * 404, exactly as for an id that does not exist, so nothing can be probed; a member whose role
 * is too small gets 403.
 */
@Component
class AccessInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AccessInterceptor.class);
    static final String OWNING_ORGANIZATION = AccessInterceptor.class.getName() + ".organization";

    /** Path variables naming what a request touches, in the order they are looked at. */
    private static final List<String> OWNED = List.of("venueId", "activityId", "sessionId", "holdId", "bookingId", "deviceId");

    private final VenueDirectory venues;
    private final VenueOwners owners;

    AccessInterceptor(VenueDirectory venues, VenueOwners owners) {
        this.venues = venues;
        this.owners = owners;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !SecurityPaths.isStaffApi(request)) {
            return true;
        }
        Guarded rule = method.getMethodAnnotation(Guarded.class);
        if (rule == null) {
            log.error("Staff endpoint {} has no @Guarded rule; refusing every caller", method);
            throw new DomainException(ErrorCode.FORBIDDEN, "This endpoint is not open to anyone");
        }
        Caller caller = caller();
        Optional<Owner> owner = owner(request);
        if (caller instanceof Caller.Kiosk kiosk) {
            if (!rule.kiosk()) {
                throw new DomainException(ErrorCode.FORBIDDEN, "Kiosk devices may not do this");
            }
            if (owner.isEmpty() || !kiosk.venueId().equals(owner.get().venueId())) {
                throw DomainException.notFound("Resource");
            }
        } else if (caller instanceof Caller.Staff staff) {
            Role role = owner.isPresent()
                    ? staff.roles().get(owner.get().organizationId())
                    : staff.roles().values().stream().max(Enum::compareTo).orElse(null);
            if (role == null) {
                throw DomainException.notFound("Resource");
            }
            if (!role.covers(rule.value())) {
                throw new DomainException(ErrorCode.FORBIDDEN, "This needs the " + rule.value() + " role");
            }
        }
        owner.ifPresent(o -> request.setAttribute(OWNING_ORGANIZATION, o.organizationId()));
        return true;
    }

    /** The caller of the current request, authenticated by the security filter chain. */
    static Caller caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof CallerAuthentication callerAuthentication) {
            return callerAuthentication.getPrincipal();
        }
        throw new DomainException(ErrorCode.UNAUTHENTICATED, "Log in first");
    }

    /** The organization and (where there is one) venue owning what the request touches. */
    private record Owner(UUID organizationId, UUID venueId) {
    }

    private Optional<Owner> owner(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Map<String, String> vars = path == null ? Map.of() : path;
        if (vars.containsKey("organizationId")) {
            UUID organization = id(vars.get("organizationId"));
            return Optional.of(new Owner(organization, null));
        }
        UUID venue = null;
        for (String variable : OWNED) {
            if (vars.containsKey(variable)) {
                venue = owners.venueOf(variable, id(vars.get(variable))).orElseThrow(() -> DomainException.notFound("Resource"));
                break;
            }
        }
        if (venue == null && request.getParameter("venueId") != null) {
            venue = id(request.getParameter("venueId"));
        }
        if (venue == null) {
            return Optional.empty();
        }
        UUID organization = venues.organizationOf(venue).orElseThrow(() -> DomainException.notFound("Venue"));
        return Optional.of(new Owner(organization, venue));
    }

    private static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound("Resource");
        }
    }
}
