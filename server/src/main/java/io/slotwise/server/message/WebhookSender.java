package io.slotwise.server.message;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * POSTs one event to a webhook, signed like Stripe's: {@code Slotwise-Signature: t=<unix
 * seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}. Any 2xx answer is delivery; anything else, or no
 * answer within the timeout, is a failure the dispatcher retries.
 */
@Component
class WebhookSender {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Clock clock;

    WebhookSender(Clock clock) {
        this.clock = clock;
    }

    /** Sends the event; the receiver's answer as "HTTP 200". Throws when it is not 2xx or does not come. */
    String send(String url, String secret, String body) throws Exception {
        long t = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Slotwise-Webhooks")
                .header("Slotwise-Signature", "t=" + t + ",v1=" + signature(secret, t, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        String answer = "HTTP " + response.statusCode();
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(answer);
        }
        return answer;
    }

    static String signature(String secret, long t, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
