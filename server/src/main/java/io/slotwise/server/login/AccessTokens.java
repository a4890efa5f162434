package io.slotwise.server.login;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.slotwise.server.system.ServerSecrets;
import io.slotwise.server.system.SlotwiseProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/**
 * Staff access tokens: JWTs signed with HMAC-SHA256, carrying the user id and an expiry. The
 * key comes from {@code slotwise.security.token-key}, or is generated on first start and kept in
 * the database, so that every server instance accepts every other instance's tokens.
 */
@Component
public class AccessTokens {

    static final String ISSUER = "slotwise";
    /** The user's token generation at issue; a password change makes older tokens invalid. */
    static final String GENERATION = "gen";

    private final NimbusJwtEncoder encoder;
    private final NimbusJwtDecoder decoder;
    private final SlotwiseProperties properties;
    private final Clock clock;

    AccessTokens(ServerSecrets secrets, SlotwiseProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        String configured = properties.security().tokenKey();
        byte[] keyBytes = configured != null && !configured.isBlank()
                ? configured.getBytes(StandardCharsets.UTF_8) : secrets.key("access-token");
        if (keyBytes.length < 32) {
            throw new IllegalStateException("slotwise.security.token-key must be at least 32 characters");
        }
        SecretKey key = new SecretKeySpec(keyBytes, "HmacSHA256");
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        this.decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator expiry = new JwtTimestampValidator(java.time.Duration.ZERO);
        expiry.setClock(clock);
        this.decoder.setJwtValidator(expiry);
    }

    /** A signed token for the user, and when it expires. */
    public Issued issue(UUID userId, int generation) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.security().tokenTtl());
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(userId.toString())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .claim(GENERATION, generation)
                .expiresAt(expiresAt)
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
        return new Issued(token, expiresAt);
    }

    JwtDecoder decoder() {
        return decoder;
    }

    /** A token as handed to the client. */
    public record Issued(String token, Instant expiresAt) {
    }
}
