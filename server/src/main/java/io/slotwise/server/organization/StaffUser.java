package io.slotwise.server.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person who logs in to the admin app. The password is stored only as a slow hash. */
@Entity
@Table(name = "staff_users")
class StaffUser {

    @Id
    private UUID id;
    private String email;
    private String displayName;
    private String passwordHash;
    private Instant createdAt;
    /** Tokens of an earlier generation are refused; a password change starts a new one. */
    private int tokenGeneration;

    protected StaffUser() {
    }

    StaffUser(String email, String displayName, String passwordHash, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public int getTokenGeneration() {
        return tokenGeneration;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.tokenGeneration++;
    }
}
