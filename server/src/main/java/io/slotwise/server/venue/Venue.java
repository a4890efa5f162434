package io.slotwise.server.venue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A place with its own clock (IANA zone) where activities run. */
@Entity
@Table(name = "venues")
class Venue {

    @Id
    private UUID id;
    private UUID organizationId;
    private String name;
    private String timezone;
    private String embedKey;
    private String allowedOrigins;
    private Instant createdAt;
    private String address;
    private String phone;
    private String email;
    private String defaultLocale = "en";
    private String logoUrl;
    private String accentColor;

    protected Venue() {
    }

    Venue(UUID organizationId, String name, ZoneId timezone, String embedKey, List<String> allowedOrigins, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.createdAt = createdAt;
        this.embedKey = embedKey;
        update(name, timezone, allowedOrigins);
    }

    void update(String name, ZoneId timezone, List<String> allowedOrigins) {
        this.name = name;
        this.timezone = timezone.getId();
        this.allowedOrigins = String.join("\n", allowedOrigins);
    }

    /** The contact printed on customers' mails, and their language when they chose none. */
    void contact(String address, String phone, String email, String defaultLocale) {
        this.address = address;
        this.phone = phone;
        this.email = email;
        this.defaultLocale = defaultLocale;
    }

    /** Its brand in the widget and on the kiosk. */
    void brand(String logoUrl, String accentColor) {
        this.logoUrl = logoUrl;
        this.accentColor = accentColor;
    }

    String getLogoUrl() {
        return logoUrl;
    }

    String getAccentColor() {
        return accentColor;
    }

    void rotateEmbedKey(String newKey) {
        this.embedKey = newKey;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganizationId() {
        return organizationId;
    }

    public String getName() {
        return name;
    }

    public ZoneId getZone() {
        return ZoneId.of(timezone);
    }

    public String getEmbedKey() {
        return embedKey;
    }

    public List<String> getAllowedOrigins() {
        return allowedOrigins.isEmpty() ? List.of() : Arrays.asList(allowedOrigins.split("\n"));
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getDefaultLocale() {
        return defaultLocale;
    }
}
