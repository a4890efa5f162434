package io.slotwise.server.organization;

import io.slotwise.server.security.Role;
import io.slotwise.server.web.DomainException;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizations and their staff members. */
@Service
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final StaffUserRepository users;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PasswordEncoder passwords = new BCryptPasswordEncoder();
    // A hash to compare against when the email is unknown, so both cases take a bcrypt's time.
    private final String unknownUserHash = passwords.encode("no such user");

    OrganizationService(OrganizationRepository organizations, StaffUserRepository users, JdbcClient jdbc, Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new organization's id. */
    @Transactional
    public UUID create(String name) {
        return organizations.save(new Organization(name, clock.instant())).getId();
    }

    /** Nothing when the organization exists, {@code NOT_FOUND} otherwise. */
    @Transactional(readOnly = true)
    public void requireExisting(UUID id) {
        if (!organizations.existsById(id)) {
            throw DomainException.notFound("Organization");
        }
    }

    @Transactional(readOnly = true)
    public boolean anyExist() {
        return organizations.count() > 0;
    }

    @Transactional(readOnly = true)
    java.util.Optional<StaffUser> findUser(String email) {
        return email == null ? java.util.Optional.empty() : users.findByEmail(email.trim().toLowerCase(Locale.ROOT));
    }

    /** The account with this email and password; empty for a wrong password and an unknown email alike, in the same time. */
    @Transactional(readOnly = true)
    public java.util.Optional<StaffAccount> signIn(String email, String password) {
        java.util.Optional<StaffUser> user = findUser(email);
        return passwordMatches(user, password) ? user.map(OrganizationService::account) : java.util.Optional.empty();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<StaffAccount> account(UUID userId) {
        return users.findById(userId).map(OrganizationService::account);
    }

    static StaffAccount account(StaffUser user) {
        return new StaffAccount(user.getId(), user.getEmail(), user.getDisplayName(), user.getTokenGeneration());
    }

    @Transactional(readOnly = true)
    public boolean anyStaff() {
        return users.count() > 0;
    }

    /** The organizations a user belongs to, with the role in each, ordered by name. */
    @Transactional(readOnly = true)
    public java.util.List<Membership> memberships(UUID userId) {
        return jdbc.sql("""
                SELECT m.organization_id, o.name, m.role FROM memberships m
                JOIN organizations o ON o.id = m.organization_id
                WHERE m.user_id = :user ORDER BY o.name""")
                .param("user", userId)
                .query((rs, n) -> new Membership(rs.getObject("organization_id", UUID.class), rs.getString("name"),
                        Role.valueOf(rs.getString("role"))))
                .list();
    }

    /** Whether {@code password} is the user's; spends the same time when there is no such user. */
    boolean passwordMatches(java.util.Optional<StaffUser> user, String password) {
        if (user.isEmpty() || password == null) {
            passwords.matches("timing", unknownUserHash);
            return false;
        }
        return passwords.matches(password, user.get().getPasswordHash());
    }

    /**
     * Replaces the user's password after checking the current one; every token issued before
     * now stops working. Returns false (and changes nothing) when the current password is wrong.
     */
    @Transactional
    public boolean changePassword(UUID userId, String currentPassword, String newPassword) {
        StaffUser user = users.findById(userId).orElseThrow(() -> DomainException.notFound("User"));
        if (currentPassword == null || !passwords.matches(currentPassword, user.getPasswordHash())) {
            return false;
        }
        user.changePassword(passwords.encode(newPassword));
        return true;
    }

    /** Adds a staff member, creating the login if the email is new. */
    @Transactional
    public StaffAccount addMember(UUID organizationId, String email, String displayName, String password, Role role) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        StaffUser user = users.findByEmail(normalized).orElseGet(() -> users.saveAndFlush(
                new StaffUser(normalized, displayName, passwords.encode(password), clock.instant())));
        jdbc.sql("INSERT INTO memberships (user_id, organization_id, role) VALUES (:user, :org, :role)")
                .param("user", user.getId())
                .param("org", organizationId)
                .param("role", role.name())
                .update();
        return account(user);
    }
}
