package io.slotwise.server.security;

import java.util.Set;
import java.util.UUID;

/** The current request's caller, for the few endpoints whose answer depends on who asks. */
public final class Callers {

    private Callers() {
    }

    /** The caller of the current staff request. */
    public static Caller current() {
        return AccessInterceptor.caller();
    }

    /** The organization owning what the current staff request touches, once access was granted. */
    public static java.util.Optional<UUID> owningOrganization(jakarta.servlet.http.HttpServletRequest request) {
        return java.util.Optional.ofNullable((UUID) request.getAttribute(AccessInterceptor.OWNING_ORGANIZATION));
    }

    /** The organizations the calling staff member belongs to (empty for a kiosk). */
    public static Set<UUID> organizations() {
        return AccessInterceptor.caller() instanceof Caller.Staff staff ? staff.roles().keySet() : Set.of();
    }
}
