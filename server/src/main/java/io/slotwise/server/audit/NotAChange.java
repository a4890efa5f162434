package io.slotwise.server.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A staff endpoint that is a POST for its body's sake but changes nothing (a schedule's preview):
 * it leaves no entry in the audit log.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NotAChange {
}
