package io.slotwise.server.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A business running one or more venues; staff act only inside organizations they belong to. */
@Entity
@Table(name = "organizations")
class Organization {

    @Id
    private UUID id;
    private String name;
    private Instant createdAt;

    protected Organization() {
    }

    public Organization(String name, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.createdAt = createdAt;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
