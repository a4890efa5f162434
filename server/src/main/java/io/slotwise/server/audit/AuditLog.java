package io.slotwise.server.audit;

import static io.slotwise.server.system.Sql.instant;
import static io.slotwise.server.system.Sql.ts;
import static io.slotwise.server.system.Sql.uuid;

import io.slotwise.common.api.AuditEntry;
import io.slotwise.server.web.Violations;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The audit log of an organization: what its staff and kiosks changed. */
@Service
public class AuditLog {

    static final int MAX_LIST = 500;
    private static final int MAX_STATE = 20_000;

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID organizationId, AuditEntry entry) {
        jdbc.sql("""
                INSERT INTO audit_log (id, organization_id, at, actor_kind, actor_id, actor_name, action, entity_type,
                                       entity_id, before_state, after_state)
                VALUES (:id, :org, :at, :kind, :actor, :name, :action, :type, :entity, :before, :after)""")
                .param("id", entry.id())
                .param("org", organizationId)
                .param("at", ts(entry.at()))
                .param("kind", entry.actorKind())
                .param("actor", entry.actorId())
                .param("name", entry.actorName())
                .param("action", entry.action())
                .param("type", entry.entityType())
                .param("entity", entry.entityId())
                .param("before", clip(entry.before()))
                .param("after", clip(entry.after()))
                .update();
    }

    /** The newest entries first. */
    public List<AuditEntry> list(UUID organizationId, Integer limit) {
        int max = limit == null ? 100 : limit;
        Violations v = new Violations();
        v.between("limit", max, 1, MAX_LIST);
        v.throwIfAny();
        return jdbc.sql("SELECT * FROM audit_log WHERE organization_id = :org ORDER BY seq DESC LIMIT " + max)
                .param("org", organizationId)
                .query((rs, n) -> new AuditEntry(uuid(rs, "id"), instant(rs, "at"), rs.getString("actor_kind"),
                        uuid(rs, "actor_id"), rs.getString("actor_name"), rs.getString("action"),
                        rs.getString("entity_type"), uuid(rs, "entity_id"), rs.getString("before_state"),
                        rs.getString("after_state")))
                .list();
    }

    private static String clip(String state) {
        return state == null || state.length() <= MAX_STATE ? state : state.substring(0, MAX_STATE - 1) + "…";
    }
}
