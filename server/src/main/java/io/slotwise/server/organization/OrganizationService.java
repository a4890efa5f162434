package io.slotwise.server.organization;

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

    OrganizationService(OrganizationRepository organizations, StaffUserRepository users, JdbcClient jdbc, Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Organization create(String name) {
        return organizations.save(new Organization(name, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Organization get(UUID id) {
        return organizations.findById(id).orElseThrow(() -> DomainException.notFound("Organization"));
    }

    @Transactional(readOnly = true)
    public boolean anyExist() {
        return organizations.count() > 0;
    }

    /** Adds a staff member, creating the login if the email is new. */
    @Transactional
    public StaffUser addMember(UUID organizationId, String email, String displayName, String password, Role role) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        StaffUser user = users.findByEmail(normalized).orElseGet(() -> users.saveAndFlush(
                new StaffUser(normalized, displayName, passwords.encode(password), clock.instant())));
        jdbc.sql("INSERT INTO memberships (user_id, organization_id, role) VALUES (:user, :org, :role)")
                .param("user", user.getId())
                .param("org", organizationId)
                .param("role", role.name())
                .update();
        return user;
    }
}
