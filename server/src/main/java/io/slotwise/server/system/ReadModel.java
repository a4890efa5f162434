package io.slotwise.server.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read model: a class that answers queries by joining the tables of other modules to its own
 * (a booking with its session's time and its venue's zone, the dashboard's figures). Each table
 * belongs to one module, which alone writes it; reading another module's tables is allowed only
 * here, and only to read. {@code TableOwnershipTest} holds every class to that.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ReadModel {

    /** The other modules' tables this read model reads, and why it joins them rather than asking. */
    String value();
}
