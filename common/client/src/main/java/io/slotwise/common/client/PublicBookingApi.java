package io.slotwise.common.client;

import static io.slotwise.common.client.Transport.id;
import static io.slotwise.common.client.Transport.query;

import io.slotwise.common.api.Availability;
import io.slotwise.common.api.Booking;
import io.slotwise.common.api.CheckoutStart;
import io.slotwise.common.api.CheckoutStatus;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.GiftCardBalance;
import io.slotwise.common.api.GiftCardCode;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.PublicVenue;
import io.slotwise.common.api.SessionView;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * The public booking flow, as a venue's website uses it: venues, activities, sessions, holds by
 * their holder's token, confirmation and online payment pages. Sent without the staff token
 * unless the caller is the venue itself (a signed-in desk or kiosk holding seats).
 */
public final class PublicBookingApi {

    /** Retrying a hold more often would keep a customer waiting longer than a clear error does. */
    static final int HOLD_ATTEMPTS = 3;

    private final Backoff holdRetryBackoff;
    private final Transport http;

    PublicBookingApi(Transport http, Backoff holdRetryBackoff) {
        this.http = http;
        this.holdRetryBackoff = holdRetryBackoff;
    }

    /** A venue and its bookable activities, by the embed key of its booking widget. */
    public PublicVenue venue(String embedKey) {
        return http.call(http.get(http.url("public", "venues", embedKey), false), PublicVenue.class);
    }

    /** A bookable activity. */
    public PublicActivity activity(UUID activityId) {
        return http.call(http.get(http.url("public", "activities", id(activityId)), false), PublicActivity.class);
    }

    /** The sessions of an activity on the venue-local days {@code from} to {@code to}, both included. */
    public List<SessionView> activitySessions(UUID activityId, LocalDate from, LocalDate to) {
        HttpUrl.Builder url = http.url("public", "activities", id(activityId), "sessions").newBuilder();
        query(url, "from", from);
        query(url, "to", to);
        return http.callList(http.get(url.build(), false), SessionView.class);
    }

    /** Every session of a venue on one venue-local day. */
    public List<SessionView> venueSessions(String embedKey, LocalDate date) {
        HttpUrl.Builder url = http.url("public", "venues", embedKey, "sessions").newBuilder();
        query(url, "date", date);
        return http.callList(http.get(url.build(), false), SessionView.class);
    }

    /** Whether a party of {@code partySize} could be held on the session right now. */
    public Availability availability(UUID sessionId, int partySize) {
        HttpUrl.Builder url = http.url("public", "sessions", id(sessionId), "availability").newBuilder();
        query(url, "partySize", partySize);
        return http.call(http.get(url.build(), false), Availability.class);
    }

    /**
     * Holds seats. Safe to retry: the request carries a fresh {@code Idempotency-Key}, and is sent
     * again with the same key when the connection fails or the server answers 502, 503 or 504 (up
     * to {@value #HOLD_ATTEMPTS} attempts), so the customer never gets two holds. Client errors
     * such as {@code INSUFFICIENT_CAPACITY} are thrown at once.
     *
     * @return the hold with its {@code holdToken}, needed to read, release or confirm it
     */
    public Hold hold(HoldRequest request) {
        return hold(request, UUID.randomUUID().toString());
    }

    /**
     * Holds seats under an {@code Idempotency-Key} of the caller's choosing, e.g. one kept across an
     * app restart; retried like {@link #hold(HoldRequest)}. The server answers a replay of the same
     * key with the same hold, and {@code IDEMPOTENCY_KEY_REUSED} when the request differs.
     */
    public Hold hold(HoldRequest request, String idempotencyKey) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        // Signed in (a desk or kiosk), the hold is made as the venue: prepaid activities can then be paid in person.
        Request httpRequest = http.request("POST", http.url("public", "reservations"), request, http.bearerToken().isPresent())
                // Unlike other POSTs, this body may be sent again: the key makes that safe.
                .post(http.resendableBody(request))
                .header("Idempotency-Key", idempotencyKey)
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                return http.call(httpRequest, Hold.class);
            } catch (SlotwiseApiException e) {
                if (attempt >= HOLD_ATTEMPTS || !isWorthRetrying(e)) {
                    throw e;
                }
                pause(holdRetryBackoff.delay(attempt), e);
            }
        }
    }

    /** A hold as its holder sees it. */
    public Hold readHold(UUID holdId, String holdToken) {
        Request request = http.get(http.url("public", "reservations", id(holdId)), false).newBuilder()
                .header("X-Hold-Token", holdToken)
                .build();
        return http.call(request, Hold.class);
    }

    /** Gives the held seats back before the hold runs out. */
    public void releaseHold(UUID holdId, String holdToken) {
        Request request = http.request("DELETE", http.url("public", "reservations", id(holdId)), null, false)
                .header("X-Hold-Token", holdToken)
                .build();
        http.callNoContent(request);
    }

    /** Turns the holder's hold into a booking. */
    public Booking confirmHold(UUID holdId, String holdToken, ConfirmRequest request) {
        Request httpRequest = http.request("POST", http.url("public", "reservations", id(holdId), "confirm"), request, false)
                .header("X-Hold-Token", holdToken)
                .build();
        return http.call(httpRequest, Booking.class);
    }

    /** Pays what a gift card can of what is left to pay for the hold; answers the hold with its new amounts. */
    public Hold applyGiftCard(UUID holdId, String holdToken, String code) {
        Request request = http.request("POST", http.url("public", "reservations", id(holdId), "gift-card"), new GiftCardCode(code), false)
                .header("X-Hold-Token", holdToken)
                .build();
        return http.call(request, Hold.class);
    }

    /** What is left on a gift card, read by its code. */
    public GiftCardBalance giftCardBalance(String code) {
        return http.call(http.get(http.url("public", "gift-cards", code), false), GiftCardBalance.class);
    }

    /** The online payment page of a hold: send the customer there, or show its URL as a QR code. */
    public CheckoutStart startCheckout(UUID holdId, String holdToken) {
        Request request = http.request("POST", http.url("public", "reservations", id(holdId), "checkout"), null, false)
                .header("X-Hold-Token", Objects.requireNonNull(holdToken, "holdToken")).build();
        return http.call(request, CheckoutStart.class);
    }

    /** Where the payment of a page stands (BOOKED, PENDING, REFUNDED or ENDED). */
    public CheckoutStatus checkoutStatus(String checkoutSessionId) {
        return http.call(http.get(http.url("public", "checkouts", checkoutSessionId), false), CheckoutStatus.class);
    }

    private static boolean isWorthRetrying(SlotwiseApiException e) {
        // With the same Idempotency-Key a retry cannot double the hold, whether or not the first
        // attempt reached the server; 4xx answers would only come back the same.
        return e.isTransportFailure() || e.status() == 502 || e.status() == 503 || e.status() == 504;
    }

    private static void pause(Duration delay, SlotwiseApiException lastFailure) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            // A deliberate pause between attempts, not a wait for some condition.
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw lastFailure;
        }
    }
}
