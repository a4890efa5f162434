package io.slotwise.server.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The database a test context runs on. H2 in memory by default; PostgreSQL when the system
 * property {@code slotwise.test.database=postgres} is set (the build's second test run). The
 * PostgreSQL server is a real one: {@code SLOTWISE_TEST_PG_URL} (a JDBC URL with user and
 * password parameters) if set, else an embedded server started once per test JVM. Each Spring
 * context gets a database of its own.
 */
public record TestDatabase(String url, String username, String password) {

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("slotwise.test.database", "h2"));
    }

    public static TestDatabase fresh() {
        if (!postgres()) {
            return new TestDatabase("jdbc:h2:mem:slotwise-" + UUID.randomUUID()
                    + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000",
                    "sa", "");
        }
        return PostgresServer.INSTANCE.createDatabase();
    }

    /** One PostgreSQL server per JVM, started on first use. */
    private static final class PostgresServer {

        static final PostgresServer INSTANCE = new PostgresServer();

        private final String adminUrl;
        private final String username;
        private final String password;

        private PostgresServer() {
            String external = System.getenv("SLOTWISE_TEST_PG_URL");
            if (external != null && !external.isBlank()) {
                adminUrl = external;
                username = System.getenv().getOrDefault("SLOTWISE_TEST_PG_USER", "postgres");
                password = System.getenv().getOrDefault("SLOTWISE_TEST_PG_PASSWORD", "");
                // An external server outlives the tests: drop their databases when the JVM ends.
                Runtime.getRuntime().addShutdownHook(new Thread(this::dropCreatedDatabases));
            } else {
                try {
                    EmbeddedPostgres server = EmbeddedPostgres.builder()
                            .setServerConfig("max_connections", "200")
                            .start();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            server.close();
                        } catch (IOException ignored) {
                            // The JVM is exiting; the server's directory is temporary anyway.
                        }
                    }));
                    adminUrl = server.getJdbcUrl("postgres", "postgres");
                    username = "postgres";
                    password = "postgres";
                } catch (IOException e) {
                    throw new IllegalStateException("Could not start the embedded PostgreSQL server", e);
                }
            }
        }

        private final java.util.List<String> created = new java.util.concurrent.CopyOnWriteArrayList<>();

        private void dropCreatedDatabases() {
            try (Connection c = DriverManager.getConnection(adminUrl, username, password);
                    Statement s = c.createStatement()) {
                for (String name : created) {
                    s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            } catch (SQLException e) {
                System.err.println("Could not drop test databases " + created + ": " + e.getMessage());
            }
        }

        TestDatabase createDatabase() {
            String name = "slotwise_test_" + UUID.randomUUID().toString().replace("-", "");
            created.add(name);
            try (Connection c = DriverManager.getConnection(adminUrl, username, password);
                    Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create test database", e);
            }
            String url = adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            return new TestDatabase(url, username, password);
        }
    }
}
