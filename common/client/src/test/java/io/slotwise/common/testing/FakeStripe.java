package io.slotwise.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A local stand-in for the Stripe API, shaped like Stripe's answers, that stripe-java is pointed
 * at through the API base: Checkout Sessions (create, expire) and refunds, each honouring
 * Idempotency-Key as Stripe does. It records what it was asked, and signs webhook payloads with
 * the real scheme ({@code t=…,v1=HMAC-SHA256(secret, t + "." + payload)}). The server's tests
 * and the desktop apps' end-to-end tests share it.
 */
public final class FakeStripe {

    public static final String SECRET_KEY = "sk_test_slotwise";
    public static final String WEBHOOK_SECRET = "whsec_slotwise_test";
    /** The API version of the stripe-java the server uses; the server's tests check they agree. */
    public static final String API_VERSION = "2026-07-29.dahlia";

    private static FakeStripe shared;

    /** A call Stripe received: the path and its form parameters. */
    public record Call(String method, String path, Map<String, String> form, String idempotencyKey) {
    }

    public record Refund(String paymentIntent, long amount) {
    }

    private final MockWebServer server = new MockWebServer();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> byIdempotencyKey = new ConcurrentHashMap<>();
    private final List<Refund> refunds = new CopyOnWriteArrayList<>();
    private final List<String> expired = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile boolean down;

    private FakeStripe() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized FakeStripe shared() {
        if (shared == null) {
            shared = new FakeStripe();
        }
        return shared;
    }

    public String url() {
        return server.url("/").toString();
    }

    /** Spring settings that point a server process at this fake. */
    public java.util.Map<String, String> serverSettings() {
        return java.util.Map.of("slotwise.payments.stripe.secret-key", SECRET_KEY,
                "slotwise.payments.stripe.webhook-secret", WEBHOOK_SECRET,
                "slotwise.payments.stripe.api-base", url());
    }

    /** The reservation the last payment page was made for. */
    public String lastCheckoutReservation() {
        List<Call> made = calls("/v1/checkout/sessions");
        return made.isEmpty() ? null : made.get(made.size() - 1).form().get("metadata[reservation_id]");
    }

    /** The gift card the last payment page was made for. */
    public String lastCheckoutGiftCard() {
        List<Call> made = calls("/v1/checkout/sessions");
        return made.isEmpty() ? null : made.get(made.size() - 1).form().get("metadata[gift_card_id]");
    }

    /** Forgets what was asked so far (each test looks at its own calls). */
    public void reset() {
        calls.clear();
        refunds.clear();
        expired.clear();
        down = false;
    }

    /** While set, Stripe answers 500 to everything. */
    public void down(boolean down) {
        this.down = down;
    }

    public List<Call> calls(String pathPrefix) {
        return calls.stream().filter(c -> c.path().startsWith(pathPrefix)).toList();
    }

    public List<Refund> refunds() {
        return List.copyOf(refunds);
    }

    public List<String> expired() {
        return List.copyOf(expired);
    }

    /** One request at a time, so that an Idempotency-Key repeated by racing requests answers once, as at Stripe. */
    private synchronized MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        Map<String, String> form = form(request.getBody() == null ? "" : request.getBody().utf8());
        String key = request.getHeaders().get("Idempotency-Key");
        calls.add(new Call(request.getMethod(), path, form, key));
        if (path.startsWith("/c/pay/")) {
            return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                    .body("<!doctype html><title>Checkout</title><h1 id='fakeCheckout'>Pay with a test card</h1>").build();
        }
        if (down) {
            return json(500, "{\"error\":{\"type\":\"api_error\",\"message\":\"Stripe is having a bad day\"}}");
        }
        if (key != null && byIdempotencyKey.containsKey(key)) {
            return json(200, byIdempotencyKey.get(key));
        }
        String body;
        if (path.equals("/v1/checkout/sessions") && request.getMethod().equals("POST")) {
            String id = "cs_test_" + ids.incrementAndGet();
            // The payment page is served here too, so a browser sent to it lands on a real page.
            body = session(id, form.get("metadata[reservation_id]"), "open", "unpaid", null, 0, null)
                    .replace("https://checkout.stripe.test/", url());
        } else if (path.startsWith("/v1/checkout/sessions/") && path.endsWith("/expire")) {
            String id = path.substring("/v1/checkout/sessions/".length(), path.length() - "/expire".length());
            expired.add(id);
            body = session(id, null, "expired", "unpaid", null, 0, null);
        } else if (path.equals("/v1/refunds")) {
            long amount = Long.parseLong(form.getOrDefault("amount", "0"));
            refunds.add(new Refund(form.get("payment_intent"), amount));
            body = "{\"id\":\"re_test_" + ids.incrementAndGet() + "\",\"object\":\"refund\",\"amount\":" + amount
                    + ",\"payment_intent\":\"" + form.get("payment_intent") + "\",\"status\":\"succeeded\",\"currency\":\"eur\"}";
        } else {
            return json(404, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Unrecognized request URL\"}}");
        }
        if (key != null) {
            byIdempotencyKey.put(key, body);
        }
        return json(200, body);
    }

    /** A Checkout Session object as Stripe sends it. */
    public static String session(String id, String reservationId, String status, String paymentStatus, String paymentIntent,
            long amountTotal, String customerName) {
        return "{\"id\":\"" + id + "\",\"object\":\"checkout.session\",\"mode\":\"payment\",\"status\":\"" + status + "\""
                + ",\"payment_status\":\"" + paymentStatus + "\",\"url\":\"https://checkout.stripe.test/c/pay/" + id + "\""
                + ",\"amount_total\":" + amountTotal + ",\"currency\":\"eur\""
                + (reservationId == null ? "" : ",\"client_reference_id\":\"" + reservationId + "\",\"metadata\":{\"reservation_id\":\""
                        + reservationId + "\"}")
                + (paymentIntent == null ? "" : ",\"payment_intent\":\"" + paymentIntent + "\"")
                + (customerName == null ? "" : ",\"customer_details\":{\"name\":\"" + customerName + "\",\"email\":\"x@example.com\"}")
                + "}";
    }

    /** A Checkout Session paid for a gift card bought online, as Stripe reports it. */
    public static String giftCardSession(String id, String giftCardId, String paymentIntent, long amountTotal) {
        return "{\"id\":\"" + id + "\",\"object\":\"checkout.session\",\"mode\":\"payment\",\"status\":\"complete\""
                + ",\"payment_status\":\"paid\",\"url\":\"https://checkout.stripe.test/c/pay/" + id + "\""
                + ",\"amount_total\":" + amountTotal + ",\"currency\":\"eur\""
                + ",\"client_reference_id\":\"gift-card-" + giftCardId + "\",\"metadata\":{\"gift_card_id\":\"" + giftCardId + "\"}"
                + ",\"payment_intent\":\"" + paymentIntent + "\"}";
    }

    /** An event around {@code objectJson}, as Stripe posts it to a webhook endpoint. */
    public static String event(String id, String type, String objectJson, Instant created) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"api_version\":\"" + API_VERSION + "\","
                + "\"created\":" + created.getEpochSecond() + ",\"livemode\":false,\"type\":\"" + type + "\","
                + "\"data\":{\"object\":" + objectJson + "}}";
    }

    /** A charge refunded (partly or wholly) for a payment. */
    public static String refundedCharge(String paymentIntent, long amount, long amountRefunded) {
        return "{\"id\":\"ch_test_" + paymentIntent + "\",\"object\":\"charge\",\"amount\":" + amount + ",\"amount_refunded\":"
                + amountRefunded + ",\"payment_intent\":\"" + paymentIntent + "\",\"refunded\":" + (amount == amountRefunded)
                + ",\"currency\":\"eur\"}";
    }

    /** The Stripe-Signature header for {@code payload} signed at {@code at}. */
    public static String signature(String payload, Instant at, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String signed = at.getEpochSecond() + "." + payload;
            return "t=" + at.getEpochSecond() + ",v1=" + HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").addHeader("Request-Id", "req_test")
                .body(body).build();
    }
}
