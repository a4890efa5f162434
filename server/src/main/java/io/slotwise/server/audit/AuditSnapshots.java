package io.slotwise.server.audit;

import java.util.UUID;

/**
 * How a feature's entity looks in the audit log: each feature registers one for the path
 * variable naming its entity ({@code bookingId}, {@code sessionId}…), so the audit trail can
 * record the state before and after a change without knowing any feature.
 */
public interface AuditSnapshots {

    /** The path variable that names this feature's entity, e.g. {@code "bookingId"}. */
    String pathVariable();

    /** The entity's state as the staff API shows it; an unknown id may throw the feature's 404. */
    Object snapshot(UUID id);
}
