package io.slotwise.server.reservation;

import io.slotwise.server.system.Secrets;
import io.slotwise.server.system.ServerSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Hold tokens: the secret that proves a client holds a hold. Only its hash is stored. A hold made
 * with an Idempotency-Key gets a token derived from the key (an HMAC under a server secret), so a
 * retry whose first response was lost gets the same token back without the server storing it.
 */
@Component
class HoldTokens {

    private final ServerSecrets secrets;

    HoldTokens(ServerSecrets secrets) {
        this.secrets = secrets;
    }

    String issue(UUID holdId, String idempotencyKey) {
        return idempotencyKey == null ? Secrets.random(32) : derive(holdId, idempotencyKey);
    }

    private String derive(UUID holdId, String idempotencyKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.key("hold-token"), "HmacSHA256"));
            byte[] token = mac.doFinal((holdId + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
