package io.slotwise.server.organization;

import io.slotwise.server.security.Role;
import io.slotwise.server.system.SlotwiseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first organization and its owner of a fresh installation from
 * {@code slotwise.bootstrap.*}, so that somebody can log in. Does nothing once any staff account exists.
 */
@Component
class FirstOwner {

    private static final Logger log = LoggerFactory.getLogger(FirstOwner.class);

    private final OrganizationService organizations;
    private final SlotwiseProperties properties;

    FirstOwner(OrganizationService organizations, SlotwiseProperties properties) {
        this.organizations = organizations;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void createIfConfigured() {
        SlotwiseProperties.Bootstrap b = properties.bootstrap();
        if (blank(b.organization()) || blank(b.ownerEmail()) || blank(b.ownerPassword()) || organizations.anyStaff()) {
            return;
        }
        var organization = organizations.create(b.organization().trim());
        organizations.addMember(organization, b.ownerEmail(), "Owner", b.ownerPassword(), Role.OWNER);
        // The email is not a secret; the password is never logged.
        log.info("Created organization '{}' with owner {}", b.organization().trim(), b.ownerEmail());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
