package io.slotwise.server.organization;

import io.slotwise.server.security.Role;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.Invitation;
import io.slotwise.common.api.InvitationAcceptance;
import io.slotwise.common.api.InvitationRequest;
import io.slotwise.server.system.Secrets;
import io.slotwise.server.system.Sql;
import static io.slotwise.server.system.Sql.ts;
import io.slotwise.server.web.DomainException;
import io.slotwise.server.web.Violations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joining an organization: an owner invites an email with a role, and the invitee accepts with
 * the token the owner hands on (shown once, valid for {@link #VALID_FOR}). Nothing in the owner's
 * answers tells whether the email has an account; only the account's own password (or, for a new
 * email, a new password) turns the invitation into a membership. After {@link #MAX_FAILURES}
 * wrong passwords an invitation is void.
 */
@Service
public class InvitationService {

    static final Duration VALID_FOR = Duration.ofDays(7);
    static final int MAX_FAILURES = 5;

    private final OrganizationService organizations;
    private final MemberService members;
    private final JdbcClient jdbc;
    private final Clock clock;

    InvitationService(OrganizationService organizations, MemberService members, JdbcClient jdbc, Clock clock) {
        this.organizations = organizations;
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What an accepted invitation gave: the account, a member of the organization now. */
    public record Accepted(StaffAccount user, UUID organizationId) {
    }

    @Transactional
    public Invitation invite(UUID organizationId, InvitationRequest request) {
        organizations.requireExisting(organizationId);
        Violations v = new Violations();
        if (request == null) {
            v.add("body", "is required");
            v.throwIfAny();
        }
        v.email("email", request.email());
        Role role = MemberService.role(v, request.role());
        v.throwIfAny();
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        if (members.list(organizationId).stream().anyMatch(m -> m.email().equalsIgnoreCase(email))) {
            throw DomainException.invalid("email", "is already a member");
        }
        String token = "inv_" + Secrets.random(24);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO invitations (id, organization_id, email, role, token_hash, created_at, expires_at)
                VALUES (:id, :org, :email, :role, :hash, :now, :expires)""")
                .param("id", id).param("org", organizationId).param("email", email).param("role", role.name())
                .param("hash", Secrets.sha256(token))
                .param("now", ts(now)).param("expires", ts(now.plus(VALID_FOR)))
                .update();
        return new Invitation(id, organizationId, email, role.name(), now, now.plus(VALID_FOR), token);
    }

    /** The organization's invitations not yet accepted, revoked or expired (without their tokens). */
    @Transactional(readOnly = true)
    public List<Invitation> pending(UUID organizationId) {
        organizations.requireExisting(organizationId);
        return jdbc.sql("""
                SELECT id, organization_id, email, role, created_at, expires_at FROM invitations
                WHERE organization_id = :org AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now
                  AND failed_attempts < :max
                ORDER BY created_at""")
                .param("org", organizationId).param("now", ts(clock.instant())).param("max", MAX_FAILURES)
                .query(InvitationService::invitation).list();
    }

    @Transactional
    public void revoke(UUID organizationId, UUID invitationId) {
        int revoked = jdbc.sql("""
                UPDATE invitations SET revoked_at = :now
                WHERE id = :id AND organization_id = :org AND accepted_at IS NULL AND revoked_at IS NULL""")
                .param("now", ts(clock.instant())).param("id", invitationId).param("org", organizationId).update();
        if (revoked == 0) {
            throw DomainException.notFound("Invitation");
        }
    }

    /** The email an invitation token was made for, while it can still be accepted. */
    @Transactional(readOnly = true)
    public Optional<String> emailOf(String token) {
        return open(token).map(row -> row.email);
    }

    /**
     * Accepts an invitation. An existing account proves itself with its password (a wrong one is
     * {@code UNAUTHENTICATED}, as at login); a new email gets an account with the name and
     * password given. The membership and the acceptance are one transaction, once.
     */
    @Transactional(noRollbackFor = DomainException.class) // a wrong password still counts against the invitation
    public Accepted accept(InvitationAcceptance acceptance) {
        String token = acceptance == null ? null : acceptance.token();
        Open invitation = open(token).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND,
                "This invitation is unknown, used, revoked or expired; ask for a new one"));
        Optional<StaffUser> existing = organizations.findUser(invitation.email);
        String password = acceptance.password();
        if (existing.isPresent()) {
            if (!organizations.passwordMatches(existing, password)) {
                jdbc.sql("UPDATE invitations SET failed_attempts = failed_attempts + 1 WHERE id = :id")
                        .param("id", invitation.id).update();
                throw new DomainException(ErrorCode.UNAUTHENTICATED, "Email or password is wrong");
            }
        } else {
            Violations v = new Violations();
            if (v.required("displayName", acceptance.displayName())) {
                v.maxLength("displayName", acceptance.displayName(), 200);
            }
            if (v.required("password", password) && password.length() < MemberService.MIN_PASSWORD) {
                v.add("password", "must be at least " + MemberService.MIN_PASSWORD + " characters");
            }
            v.maxLength("password", password, 72);
            v.throwIfAny();
        }
        int taken = jdbc.sql("UPDATE invitations SET accepted_at = :now WHERE id = :id AND accepted_at IS NULL AND revoked_at IS NULL")
                .param("now", ts(clock.instant())).param("id", invitation.id).update();
        if (taken == 0) {
            throw new DomainException(ErrorCode.NOT_FOUND, "This invitation was used meanwhile");
        }
        boolean member = existing.isPresent() && organizations.memberships(existing.get().getId()).stream()
                .anyMatch(m -> m.organizationId().equals(invitation.organizationId));
        StaffAccount user = member ? OrganizationService.account(existing.get()) : organizations.addMember(invitation.organizationId, invitation.email,
                existing.isPresent() ? existing.get().getDisplayName() : acceptance.displayName().trim(), password, invitation.role);
        return new Accepted(user, invitation.organizationId);
    }

    private record Open(UUID id, UUID organizationId, String email, Role role) {
    }

    private Optional<Open> open(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT id, organization_id, email, role FROM invitations
                WHERE token_hash = :hash AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now
                  AND failed_attempts < :max""")
                .param("hash", Secrets.sha256(token.trim())).param("now", ts(clock.instant())).param("max", MAX_FAILURES)
                .query((rs, n) -> new Open(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                        rs.getString("email"), Role.valueOf(rs.getString("role"))))
                .optional();
    }

    private static Invitation invitation(ResultSet rs, int n) throws SQLException {
        return new Invitation(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class), rs.getString("email"),
                rs.getString("role"), Sql.instant(rs, "created_at"), Sql.instant(rs, "expires_at"), null);
    }
}
