package io.slotwise.common.client;

import static io.slotwise.common.client.Transport.id;
import static io.slotwise.common.client.Transport.query;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.ActivityRequest;
import io.slotwise.common.api.Booking;
import io.slotwise.common.api.CustomerMessage;
import io.slotwise.common.api.MailPreview;
import io.slotwise.common.api.PaymentMismatch;
import io.slotwise.common.api.ServerHealth;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.DeskHold;
import io.slotwise.common.api.GiftCardCode;
import io.slotwise.common.api.GenerateSessionsRequest;
import io.slotwise.common.api.GenerationResult;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.InvitationAcceptance;
import io.slotwise.common.api.LoginRequest;
import io.slotwise.common.api.LoginResponse;
import io.slotwise.common.api.PasswordChange;
import io.slotwise.common.api.PayAtDeskRequest;
import io.slotwise.common.api.ReleasedHolds;
import io.slotwise.common.api.RescheduleRequest;
import io.slotwise.common.api.Schedule;
import io.slotwise.common.api.SchedulePreview;
import io.slotwise.common.api.SchedulePreviewRequest;
import io.slotwise.common.api.SessionChange;
import io.slotwise.common.api.StaffSessionView;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.api.VenueRequest;
import io.slotwise.common.api.WeeklyTrend;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import okhttp3.HttpUrl;

/**
 * What signed-in staff do: log in and out, venues and activities, the session board, bookings,
 * the desk queue and the dashboard. Every call carries the bearer token.
 */
public final class StaffApi {

    private final Transport http;

    StaffApi(Transport http) {
        this.http = http;
    }

    /**
     * Logs a staff member in and remembers the token for every later staff call of this client.
     *
     * @return the token, its expiry, the user and the organizations the user may act in
     */
    public LoginResponse login(String email, String password) {
        LoginResponse response = http.call(http.post(http.url("auth", "login"), new LoginRequest(email, password), false),
                LoginResponse.class);
        http.bearerToken(response.accessToken());
        return response;
    }

    /** Ends the current token on the server; the client forgets it even if the server could not be told. */
    public void logout() {
        try {
            http.callNoContent(http.post(http.url("auth", "logout"), null, true));
        } finally {
            http.bearerToken(null);
        }
    }

    /**
     * Changes the logged-in member's password. Every token issued before, this one included,
     * stops working, so the client forgets its token: log in again with the new password.
     */
    public void changePassword(String currentPassword, String newPassword) {
        http.callNoContent(http.post(http.url("auth", "password"), new PasswordChange(currentPassword, newPassword), true));
        http.bearerToken(null);
    }

    /** The venues of an organization. */
    public List<VenueDetails> venues(UUID organizationId) {
        return http.callList(http.get(http.url("organizations", id(organizationId), "venues"), true), VenueDetails.class);
    }

    /** Creates a venue in an organization. */
    public VenueDetails createVenue(UUID organizationId, VenueRequest request) {
        return http.call(http.post(http.url("organizations", id(organizationId), "venues"), request, true), VenueDetails.class);
    }

    /** A venue as staff see it. */
    public VenueDetails venueDetails(UUID venueId) {
        return http.call(http.get(http.url("venues", id(venueId)), true), VenueDetails.class);
    }

    /** Changes a venue's name, zone or allowed origins. */
    public VenueDetails updateVenue(UUID venueId, VenueRequest request) {
        return http.call(http.request("PUT", http.url("venues", id(venueId)), request, true).build(), VenueDetails.class);
    }

    /** Gives the venue a new embed key; booking widgets that use the old one stop working. */
    public VenueDetails rotateEmbedKey(UUID venueId) {
        return http.call(http.post(http.url("venues", id(venueId), "embed-key"), null, true), VenueDetails.class);
    }

    /** The activities of a venue, inactive ones included. */
    public List<ActivityDetails> activities(UUID venueId) {
        return http.callList(http.get(http.url("venues", id(venueId), "activities"), true), ActivityDetails.class);
    }

    /** Creates an activity in a venue. */
    public ActivityDetails createActivity(UUID venueId, ActivityRequest request) {
        return http.call(http.post(http.url("venues", id(venueId), "activities"), request, true), ActivityDetails.class);
    }

    /** An activity as staff see it, schedule included. */
    public ActivityDetails activityDetails(UUID activityId) {
        return http.call(http.get(http.url("activities", id(activityId)), true), ActivityDetails.class);
    }

    /** Changes an activity. */
    public ActivityDetails updateActivity(UUID activityId, ActivityRequest request) {
        return http.call(http.request("PUT", http.url("activities", id(activityId)), request, true).build(), ActivityDetails.class);
    }

    /** Replaces an activity's weekly schedule; sessions follow on the next generation. */
    public ActivityDetails updateSchedule(UUID activityId, Schedule schedule) {
        return http.call(http.request("PUT", http.url("activities", id(activityId), "schedule"), schedule, true).build(),
                ActivityDetails.class);
    }

    /** Generates an activity's sessions from its schedule. */
    public GenerationResult generateSessions(UUID activityId, GenerateSessionsRequest request) {
        return http.call(http.post(http.url("activities", id(activityId), "sessions", "generate"), request, true),
                GenerationResult.class);
    }

    /** Generates an activity's sessions for {@code daysAhead} venue-local days from {@code startDate}. */
    public GenerationResult generateSessions(UUID activityId, LocalDate startDate, int daysAhead) {
        return generateSessions(activityId, new GenerateSessionsRequest(startDate, daysAhead));
    }

    /**
     * A venue's sessions with held and booked seats, on the venue-local days {@code from} to
     * {@code to}; either may be null for the server's default.
     */
    public List<StaffSessionView> staffSessions(UUID venueId, LocalDate from, LocalDate to) {
        HttpUrl.Builder url = http.url("venues", id(venueId), "sessions").newBuilder();
        query(url, "from", from);
        query(url, "to", to);
        return http.callList(http.get(url.build(), true), StaffSessionView.class);
    }

    /** Changes a session's capacity, or blocks or reopens it. */
    public StaffSessionView changeSession(UUID sessionId, SessionChange change) {
        return http.call(http.request("PATCH", http.url("sessions", id(sessionId)), change, true).build(), StaffSessionView.class);
    }

    /**
     * Confirms any hold at the desk or the kiosk (staff or kiosk token), saying how it was paid;
     * no hold token needed.
     */
    public Booking confirmAsStaff(UUID holdId, ConfirmRequest request) {
        return http.call(http.post(http.url("reservations", id(holdId), "confirm"), request, true), Booking.class);
    }

    /** The desk takes a gift card for a hold of its venue: it pays what it can; the hold with its new amounts. */
    public Hold applyGiftCard(UUID holdId, String code) {
        return http.call(http.post(http.url("reservations", id(holdId), "gift-card"), new GiftCardCode(code), true), Hold.class);
    }

    /** Releases every hold that ran out now rather than at the next scheduled sweep. */
    public ReleasedHolds releaseExpiredHolds() {
        return http.call(http.post(http.url("maintenance", "release-expired"), null, true), ReleasedHolds.class);
    }

    /**
     * A venue's bookings for sessions on the venue-local days {@code from} to {@code to}, matching
     * {@code query} (booking number, customer name, email or phone); any of the three may be null.
     */
    public List<Booking> searchBookings(UUID venueId, LocalDate from, LocalDate to, String query) {
        HttpUrl.Builder url = http.url("venues", id(venueId), "bookings").newBuilder();
        query(url, "from", from);
        query(url, "to", to);
        if (query != null && !query.isBlank()) {
            query(url, "q", query);
        }
        return http.callList(http.get(url.build(), true), Booking.class);
    }

    /** One booking. */
    public Booking booking(UUID bookingId) {
        return http.call(http.get(http.url("bookings", id(bookingId)), true), Booking.class);
    }

    /** Cancels a booking and gives its seats back. */
    public Booking cancelBooking(UUID bookingId) {
        return http.call(http.post(http.url("bookings", id(bookingId), "cancel"), null, true), Booking.class);
    }

    /** Records that the party of a booking has arrived. */
    public Booking checkIn(UUID bookingId) {
        return http.call(http.post(http.url("bookings", id(bookingId), "check-in"), null, true), Booking.class);
    }

    /** Refunds what is left of a booking's online payment (staff). */
    public Booking refundBooking(UUID bookingId) {
        return http.call(http.post(http.url("bookings", id(bookingId), "refund"), null, true), Booking.class);
    }

    /** The messages to the booking's customer and how their delivery stands, oldest first. */
    public List<CustomerMessage> bookingMessages(UUID bookingId) {
        return http.callList(http.get(http.url("bookings", id(bookingId), "messages"), true), CustomerMessage.class);
    }

    /** Sends a message again, as a new message; it is delivered like any other. */
    public CustomerMessage resendMessage(UUID bookingId, UUID messageId) {
        return http.call(http.post(http.url("bookings", id(bookingId), "messages", id(messageId), "resend"), null, true),
                CustomerMessage.class);
    }

    /**
     * The venue's mails and webhook events, newest first (at most {@code limit}): those in one of
     * {@code statuses} ({@code PENDING}, {@code SENT}, {@code FAILED}), or all when none is given.
     */
    public List<CustomerMessage> venueMessages(UUID venueId, int limit, String... statuses) {
        HttpUrl.Builder url = http.url("venues", id(venueId), "messages").newBuilder();
        for (String status : statuses) {
            query(url, "status", status);
        }
        query(url, "limit", limit);
        return http.callList(http.get(url.build(), true), CustomerMessage.class);
    }

    /** Online payments of the venue that did not match their hold: refunded, nothing booked; newest first. */
    public List<PaymentMismatch> paymentMismatches(UUID venueId) {
        return http.callList(http.get(http.url("venues", id(venueId), "payment-mismatches"), true), PaymentMismatch.class);
    }

    /** The server's health as a load balancer sees it: its status and each part's (database, event relay, …). */
    public ServerHealth health() {
        return http.call(http.get(http.rootUrl("actuator", "health"), false), ServerHealth.class, 503);
    }

    /** A message as its receiver gets it (the mail rendered now, or a webhook event's body). */
    public MailPreview messagePreview(UUID messageId) {
        return http.call(http.get(http.url("messages", id(messageId), "preview"), true), MailPreview.class);
    }

    /** Moves a booking to another session of the same activity (the desk, for a customer on the phone). */
    public Booking rescheduleBooking(UUID bookingId, UUID sessionId) {
        return http.call(http.post(http.url("bookings", id(bookingId), "reschedule"), new RescheduleRequest(sessionId), true),
                Booking.class);
    }

    /** Records that the party never came (only once the session has started). */
    public Booking markNoShow(UUID bookingId) {
        return http.call(http.post(http.url("bookings", id(bookingId), "no-show"), null, true), Booking.class);
    }

    /** The kiosk's customer pays at the front desk: the hold waits there under {@code customerName}. */
    public Hold sendToDesk(UUID holdId, String customerName) {
        return http.call(http.post(http.url("reservations", id(holdId), "pay-at-desk"), new PayAtDeskRequest(customerName), true), Hold.class);
    }

    /** Holds waiting at the front desk of a venue, the longest-waiting first. */
    public List<DeskHold> deskHolds(UUID venueId) {
        return http.callList(http.get(http.url("venues", id(venueId), "desk-holds"), true), DeskHold.class);
    }

    /** The slots a schedule being edited would make at a venue; nothing is saved. */
    public SchedulePreview previewSchedule(UUID venueId, SchedulePreviewRequest request) {
        return http.call(http.post(http.url("venues", id(venueId), "schedule-preview"), request, true), SchedulePreview.class);
    }

    /**
     * The next bookings, soonest first.
     *
     * @param limit how many at most, or null for the server's default
     * @param venueId one venue, or null for every venue of the caller's organizations
     */
    public List<Booking> upcomingBookings(Integer limit, UUID venueId) {
        HttpUrl.Builder url = http.url("dashboard", "upcoming-bookings").newBuilder();
        query(url, "limit", limit);
        query(url, "venueId", venueId);
        return http.callList(http.get(url.build(), true), Booking.class);
    }

    /** Bookings and revenue of the last seven venue-local days; {@code venueId} may be null for the server's default. */
    public WeeklyTrend weeklyTrend(UUID venueId) {
        HttpUrl.Builder url = http.url("dashboard", "weekly-trend").newBuilder();
        query(url, "venueId", venueId);
        return http.call(http.get(url.build(), true), WeeklyTrend.class);
    }

    /**
     * Accepts an invitation with the account's password (or, for a new email, a name and a new
     * password) and logs in as that account, like {@link #login}.
     */
    public LoginResponse acceptInvitation(InvitationAcceptance acceptance) {
        LoginResponse response = http.call(http.post(http.url("public", "invitations", "accept"), acceptance, false), LoginResponse.class);
        http.bearerToken(response.accessToken());
        return response;
    }
}
