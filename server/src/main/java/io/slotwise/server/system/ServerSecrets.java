package io.slotwise.server.system;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Secret keys shared by every server instance, created on first use and kept in the database so
 * that they survive restarts and agree across instances.
 */
@Component
public class ServerSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public ServerSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public byte[] key(String name) {
        return cache.computeIfAbsent(name, this::loadOrCreate);
    }

    /**
     * Often called inside the transaction of a change (the first booking needs the manage-link
     * key). Two instances may create the same key at once: the loser's insert does nothing
     * instead of failing, which on PostgreSQL would abort the caller's whole transaction, and
     * both then read the winner's key.
     */
    private byte[] loadOrCreate(String name) {
        return load(name).orElseGet(() -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            jdbc.sql("INSERT INTO server_secrets (name, secret) VALUES (:name, :secret) ON CONFLICT DO NOTHING")
                    .param("name", name)
                    .param("secret", Base64.getEncoder().encodeToString(fresh))
                    .update();
            return load(name).orElseThrow();
        });
    }

    private java.util.Optional<byte[]> load(String name) {
        return jdbc.sql("SELECT secret FROM server_secrets WHERE name = :name")
                .param("name", name)
                .query(String.class)
                .optional()
                .map(Base64.getDecoder()::decode);
    }
}
