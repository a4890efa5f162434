package io.slotwise.server.audit;

import io.slotwise.common.api.AuditEntry;
import io.slotwise.server.security.Role;
import io.slotwise.server.security.Guarded;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Owners read their organization's audit log. */
@RestController
@RequestMapping("/api/v1")
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @Guarded(Role.OWNER)
    @GetMapping("/organizations/{organizationId}/audit-log")
    List<AuditEntry> list(@PathVariable UUID organizationId, @RequestParam(required = false) Integer limit) {
        return log.list(organizationId, limit);
    }
}
