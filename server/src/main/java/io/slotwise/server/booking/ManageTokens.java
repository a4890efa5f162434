package io.slotwise.server.booking;

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
 * The secret of a booking's manage link. Derived from the booking's id with a server key (an
 * HMAC), so that a mail sent later can carry it without it being stored anywhere; the booking
 * keeps only its hash, which is what a presented token is checked against.
 */
@Component
public class ManageTokens {

    private final ServerSecrets secrets;

    ManageTokens(ServerSecrets secrets) {
        this.secrets = secrets;
    }

    /** The token of the booking's manage link. */
    public String tokenFor(UUID bookingId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.key("manage-token"), "HmacSHA256"));
            byte[] digest = mac.doFinal(bookingId.toString().getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** What the booking row keeps of its token. */
    String hashFor(UUID bookingId) {
        return Secrets.sha256(tokenFor(bookingId));
    }
}
