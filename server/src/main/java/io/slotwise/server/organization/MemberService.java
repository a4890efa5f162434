package io.slotwise.server.organization;

import io.slotwise.server.security.Role;
import io.slotwise.common.api.Member;
import io.slotwise.common.api.RoleChange;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to an organization, managed by its owners. An organization always keeps an owner.
 * New members join by invitation ({@link InvitationService}).
 */
@Service
public class MemberService {

    /** At least 10 characters; bcrypt reads at most 72 bytes, so longer ones are refused. */
    public static final int MIN_PASSWORD = 10;

    private final OrganizationService organizations;
    private final JdbcClient jdbc;

    MemberService(OrganizationService organizations, JdbcClient jdbc) {
        this.organizations = organizations;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Member> list(UUID organizationId) {
        organizations.requireExisting(organizationId);
        return jdbc.sql("""
                SELECT u.id, u.email, u.display_name, m.role FROM memberships m JOIN staff_users u ON u.id = m.user_id
                WHERE m.organization_id = :org ORDER BY u.email""")
                .param("org", organizationId)
                .query((rs, n) -> new Member(rs.getObject("id", UUID.class), rs.getString("email"),
                        rs.getString("display_name"), rs.getString("role")))
                .list();
    }

    @Transactional
    public Member changeRole(UUID organizationId, UUID userId, RoleChange change) {
        Violations v = new Violations();
        Role role = role(v, change == null ? null : change.role());
        v.throwIfAny();
        Role current = role(userId, organizationId);
        if (current == null) {
            throw DomainException.notFound("Member");
        }
        if (current == Role.OWNER && role != Role.OWNER) {
            keepAnOwner(organizationId);
        }
        jdbc.sql("UPDATE memberships SET role = :role WHERE user_id = :user AND organization_id = :org")
                .param("role", role.name()).param("user", userId).param("org", organizationId).update();
        return list(organizationId).stream().filter(m -> m.userId().equals(userId)).findFirst().orElseThrow();
    }

    /** Removes the membership; the account stays (it may belong to other organizations). */
    @Transactional
    public void remove(UUID organizationId, UUID userId) {
        Role current = role(userId, organizationId);
        if (current == null) {
            throw DomainException.notFound("Member");
        }
        if (current == Role.OWNER) {
            keepAnOwner(organizationId);
        }
        jdbc.sql("DELETE FROM memberships WHERE user_id = :user AND organization_id = :org")
                .param("user", userId).param("org", organizationId).update();
    }

    private void keepAnOwner(UUID organizationId) {
        // Lock the owners' rows so that two owners demoting each other cannot both succeed.
        List<UUID> owners = jdbc.sql("SELECT user_id FROM memberships WHERE organization_id = :org AND role = 'OWNER' FOR UPDATE")
                .param("org", organizationId).query(UUID.class).list();
        if (owners.size() <= 1) {
            throw DomainException.invalid("role", "an organization must keep at least one owner");
        }
    }

    private Role role(UUID userId, UUID organizationId) {
        return jdbc.sql("SELECT role FROM memberships WHERE user_id = :user AND organization_id = :org")
                .param("user", userId).param("org", organizationId)
                .query(String.class).optional().map(Role::valueOf).orElse(null);
    }

    static Role role(Violations v, String text) {
        if (!v.required("role", text)) {
            return null;
        }
        try {
            return Role.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add("role", "must be OWNER or STAFF");
            return null;
        }
    }
}
