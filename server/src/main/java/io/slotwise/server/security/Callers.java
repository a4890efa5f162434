package io.slotwise.server.security;

import java.util.Set;
import java.util.UUID;

/** The current request's caller, for the few endpoints whose answer depends on who asks. */
public final class Callers {

    private Callers() {
    }

    /** The organizations the calling staff member belongs to (empty for a kiosk). */
    public static Set<UUID> organizations() {
        return AccessInterceptor.caller() instanceof Caller.Staff staff ? staff.roles().keySet() : Set.of();
    }
}
