package io.slotwise.server.system;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
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

    private byte[] loadOrCreate(String name) {
        return load(name).orElseGet(() -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            try {
                jdbc.sql("INSERT INTO server_secrets (name, secret) VALUES (:name, :secret)")
                        .param("name", name)
                        .param("secret", Base64.getEncoder().encodeToString(fresh))
                        .update();
                return fresh;
            } catch (DuplicateKeyException anotherInstanceWasFirst) {
                return load(name).orElseThrow();
            }
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
