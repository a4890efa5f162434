package io.slotwise.server.security;

/**
 * What a staff member may do in an organization. {@code OWNER} manages venues, activities,
 * kiosk devices and settings; {@code STAFF} runs the day: sessions, holds, bookings, dashboard.
 * An owner may do everything staff may.
 */
public enum Role {
    STAFF,
    OWNER;

    public boolean covers(Role needed) {
        return compareTo(needed) >= 0;
    }
}
