package io.slotwise.server.login;

import static io.slotwise.server.system.Sql.ts;

import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Logged-out staff tokens, by token id, until they would have expired anyway. */
@Component
class RevokedTokens {

    private final JdbcClient jdbc;
    private final Clock clock;

    RevokedTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void revoke(String tokenId, Instant expiresAt) {
        // Forgetting revocations of tokens that expired keeps the table as small as the live tokens.
        jdbc.sql("DELETE FROM revoked_tokens WHERE expires_at < :now").param("now", ts(clock.instant())).update();
        try {
            jdbc.sql("INSERT INTO revoked_tokens (token_id, expires_at) VALUES (:id, :expires)")
                    .param("id", tokenId)
                    .param("expires", ts(expiresAt))
                    .update();
        } catch (DuplicateKeyException loggedOutTwice) {
            // Already revoked: nothing more to do.
        }
    }

    boolean isRevoked(String tokenId) {
        return tokenId != null && jdbc.sql("SELECT COUNT(*) FROM revoked_tokens WHERE token_id = :id")
                .param("id", tokenId).query(Integer.class).single() > 0;
    }
}
