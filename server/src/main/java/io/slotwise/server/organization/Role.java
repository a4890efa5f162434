package io.slotwise.server.organization;

/** What a staff member may do in an organization. */
public enum Role {
    OWNER,
    STAFF
}
