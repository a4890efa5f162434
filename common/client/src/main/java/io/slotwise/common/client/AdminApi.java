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
import io.slotwise.common.api.GiftCard;
import io.slotwise.common.api.GiftCardDetails;
import io.slotwise.common.api.GiftCardRequest;
import io.slotwise.common.api.PromoCode;
import io.slotwise.common.api.PromoCodeChange;
import io.slotwise.common.api.PromoCodeRequest;
import io.slotwise.common.api.Resource;
import io.slotwise.common.api.ResourceRequest;
import io.slotwise.common.api.RoleChange;
import io.slotwise.common.api.Webhook;
import io.slotwise.common.api.WebhookDelivery;
import io.slotwise.common.api.WebhookRequest;
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

    /** The venue's webhooks for integrators (owners only; without secrets). */
    public List<Webhook> webhooks(UUID venueId) {
        return http.callList(http.get(http.url("venues", id(venueId), "webhooks"), true), Webhook.class);
    }

    /** Subscribes a URL to events of the venue; the answer carries the signing secret, shown this once. */
    public Webhook createWebhook(UUID venueId, WebhookRequest request) {
        return http.call(http.post(http.url("venues", id(venueId), "webhooks"), request, true), Webhook.class);
    }

    /** Removes a webhook: nothing more is sent to it. */
    public void deleteWebhook(UUID webhookId) {
        http.callNoContent(http.request("DELETE", http.url("webhooks", id(webhookId)), null, true).build());
    }

    /** The latest events sent (or being sent) to a webhook, newest first, with the receiver's answers. */
    public List<WebhookDelivery> webhookDeliveries(UUID webhookId) {
        return http.callList(http.get(http.url("webhooks", id(webhookId), "deliveries"), true), WebhookDelivery.class);
    }

    /** Sends a test event to a webhook with the next delivery round. */
    public void testWebhook(UUID webhookId) {
        http.callNoContent(http.post(http.url("webhooks", id(webhookId), "test"), null, true));
    }

    /** The venue's shared resources (rooms, lanes, guides), by name. */
    public List<Resource> resources(UUID venueId) {
        return http.callList(http.get(http.url("venues", id(venueId), "resources"), true), Resource.class);
    }

    /** Adds a shared resource to the venue (owners only). */
    public Resource createResource(UUID venueId, String name) {
        return http.call(http.post(http.url("venues", id(venueId), "resources"), new ResourceRequest(name), true), Resource.class);
    }

    /** Renames a resource (owners only). */
    public Resource renameResource(UUID resourceId, String name) {
        return http.call(http.request("PUT", http.url("resources", id(resourceId)), new ResourceRequest(name), true).build(),
                Resource.class);
    }

    /** Removes a resource: activities stop using it, and the sessions that waited on it are free. */
    public void deleteResource(UUID resourceId) {
        http.callNoContent(http.request("DELETE", http.url("resources", id(resourceId)), null, true).build());
    }

    /** The venue's promo codes, newest first, with how often each is used and held now. */
    public List<PromoCode> promoCodes(UUID venueId) {
        return http.callList(http.get(http.url("venues", id(venueId), "promo-codes"), true), PromoCode.class);
    }

    /** A new promo code of the venue (owners only). */
    public PromoCode createPromoCode(UUID venueId, PromoCodeRequest request) {
        return http.call(http.post(http.url("venues", id(venueId), "promo-codes"), request, true), PromoCode.class);
    }

    /** Switches a promo code off, or on again (owners only); holds that have it keep their discount. */
    public PromoCode setPromoCodeActive(UUID promoCodeId, boolean active) {
        return http.call(http.request("PATCH", http.url("promo-codes", id(promoCodeId)), new PromoCodeChange(active), true).build(),
                PromoCode.class);
    }

    /** The venue's gift cards, newest first, with what is left on each. */
    public List<GiftCard> giftCards(UUID venueId) {
        return http.callList(http.get(http.url("venues", id(venueId), "gift-cards"), true), GiftCard.class);
    }

    /** Sells a gift card at the desk, paid in cash or by card there; it can be spent at once. */
    public GiftCard sellGiftCard(UUID venueId, GiftCardRequest request) {
        return http.call(http.post(http.url("venues", id(venueId), "gift-cards"), request, true), GiftCard.class);
    }

    /** A gift card with every movement of its balance. */
    public GiftCardDetails giftCard(UUID giftCardId) {
        return http.call(http.get(http.url("gift-cards", id(giftCardId)), true), GiftCardDetails.class);
    }

    /** What the venue owes on its gift cards, as CSV for its books (owners only). */
    public String giftCardLiabilities(UUID venueId) {
        return http.callText(http.get(http.url("venues", id(venueId), "gift-cards", "liabilities.csv"), true).newBuilder()
                .header("Accept", "text/csv, application/problem+json").build());
    }
}
