package io.slotwise.common.client;

import static io.slotwise.common.client.Transport.id;
import static io.slotwise.common.client.Transport.query;

import io.slotwise.common.api.AuditEntry;
import io.slotwise.common.api.Invitation;
import io.slotwise.common.api.InvitationRequest;
import io.slotwise.common.api.IssuedKioskDevice;
import io.slotwise.common.api.KioskDevice;
import io.slotwise.common.api.KioskDeviceRequest;
import io.slotwise.common.api.Member;
import io.slotwise.common.api.RoleChange;
import java.util.List;
import java.util.UUID;
import okhttp3.HttpUrl;

/** An organization's administration: kiosk devices, members and invitations, the audit log. */
public final class AdminApi {

    private final Transport http;

    AdminApi(Transport http) {
        this.http = http;
    }

    /** Registers a kiosk device; its token is in the answer and never shown again. */
    public IssuedKioskDevice registerKioskDevice(UUID venueId, String name) {
        return http.call(http.post(http.url("venues", id(venueId), "kiosk-devices"), new KioskDeviceRequest(name), true),
                IssuedKioskDevice.class);
    }

    /** The kiosk devices of a venue, revoked ones included. */
    public List<KioskDevice> kioskDevices(UUID venueId) {
        return http.callList(http.get(http.url("venues", id(venueId), "kiosk-devices"), true), KioskDevice.class);
    }

    /** Revokes a kiosk device; its token stops working at once. */
    public void revokeKioskDevice(UUID deviceId) {
        http.callNoContent(http.request("DELETE", http.url("kiosk-devices", id(deviceId)), null, true).build());
    }

    /** The staff of an organization (owners only). */
    public List<Member> members(UUID organizationId) {
        return http.callList(http.get(http.url("organizations", id(organizationId), "members"), true), Member.class);
    }

    /**
     * Invites an email to an organization (owners only). The answer is the same whether the email
     * has an account or not; its {@code token} is shown this once, for the invitee.
     */
    public Invitation invite(UUID organizationId, InvitationRequest request) {
        return http.call(http.post(http.url("organizations", id(organizationId), "members"), request, true), Invitation.class);
    }

    /** The organization's invitations waiting to be accepted (owners only; without tokens). */
    public List<Invitation> invitations(UUID organizationId) {
        return http.callList(http.get(http.url("organizations", id(organizationId), "members", "invitations"), true), Invitation.class);
    }

    /** Withdraws an invitation: its token stops working. */
    public void revokeInvitation(UUID organizationId, UUID invitationId) {
        http.callNoContent(http.request("DELETE", http.url("organizations", id(organizationId), "members", "invitations", id(invitationId)),
                null, true).build());
    }

    /** Gives a member a new role, "OWNER" or "STAFF" (owners only). */
    public Member changeRole(UUID organizationId, UUID userId, String role) {
        return http.call(http.request("PUT", http.url("organizations", id(organizationId), "members", id(userId)),
                new RoleChange(role), true).build(), Member.class);
    }

    /** Removes a member from an organization (owners only). */
    public void removeMember(UUID organizationId, UUID userId) {
        http.callNoContent(http.request("DELETE", http.url("organizations", id(organizationId), "members", id(userId)), null, true)
                .build());
    }

    /** The latest changes made by staff and kiosks, newest first (owners only); {@code limit} may be null. */
    public List<AuditEntry> auditLog(UUID organizationId, Integer limit) {
        HttpUrl.Builder url = http.url("organizations", id(organizationId), "audit-log").newBuilder();
        query(url, "limit", limit);
        return http.callList(http.get(url.build(), true), AuditEntry.class);
    }
}
