package io.slotwise.common.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One change made by staff or a kiosk: who ({@code actorKind} STAFF or KIOSK, id and name),
 * what ({@code action}, e.g. "PATCH /api/v1/sessions/{sessionId}", on {@code entityType} and
 * {@code entityId}), when, and the entity's state before and after as JSON (secrets removed).
 */
public record AuditEntry(
        UUID id,
        Instant at,
        String actorKind,
        UUID actorId,
        String actorName,
        String action,
        String entityType,
        UUID entityId,
        String before,
        String after) {
}
