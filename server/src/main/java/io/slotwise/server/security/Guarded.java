package io.slotwise.server.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a staff endpoint. The resource is found from the request's path variables (or a
 * {@code venueId} query parameter): the caller must be a member of the organization that owns
 * it with at least {@link #value()}, or, where {@link #kiosk()} allows, the kiosk of its venue.
 * A staff endpoint without this annotation is refused for everyone.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Guarded {

    /** The least role needed in the owning organization. */
    Role value();

    /** Whether the kiosk of the resource's venue may call it too. */
    boolean kiosk() default false;
}
