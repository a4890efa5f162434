package io.slotwise.common.testing;

import static org.awaitility.Awaitility.await;

import io.slotwise.common.client.SlotwiseApiException;
import io.slotwise.common.client.SlotwiseClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real Slotwise server, started from its executable jar as its own process, on a free port,
 * with an H2 file database in a folder of the test's. Stopping and starting it again keeps the
 * data and the port, so a test can take the server away from a client and give it back.
 *
 * <p>The jar is {@code server/target/slotwise-server.jar}: in a full build the server module is
 * packaged before the desktop apps are tested.
 */
public final class ServerProcess implements AutoCloseable {

    public static final String OWNER_EMAIL = "owner@slotwise.invalid";
    public static final String OWNER_PASSWORD = "test-owner-password";

    private final Path dataDir;
    private final int port;
    private final List<String> settings;
    private Process process;

    private ServerProcess(Path dataDir, Map<String, String> settings) {
        this.dataDir = dataDir;
        this.port = freePort();
        this.settings = new ArrayList<>();
        settings.forEach((name, value) -> this.settings.add("--" + name + "=" + value));
    }

    /**
     * Starts a server keeping its data under {@code dataDir}; {@code settings} are Spring
     * properties on top of the test defaults (e.g. {@code slotwise.hold-duration=PT20S}).
     */
    public static ServerProcess start(Path dataDir, Map<String, String> settings) {
        ServerProcess server = new ServerProcess(dataDir, settings);
        server.start();
        return server;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** Starts the server (again), and waits until it answers. */
    public void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-jar", jar().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("slotwise").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=0",
                "--slotwise.rate-limit.enabled=false",
                "--slotwise.bootstrap.organization=Test Venues",
                "--slotwise.bootstrap.owner-email=" + OWNER_EMAIL,
                "--slotwise.bootstrap.owner-password=" + OWNER_PASSWORD,
                "--logging.level.root=WARN"));
        command.addAll(settings);
        try {
            Files.createDirectories(dataDir);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitAnswering();
    }

    /** Stops the server as an operator would (SIGTERM, forcibly after 30 s) and waits until it is gone. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the server the hard way, as a crash or a power cut would ({@code kill -9}), and waits until it is gone. */
    public void crash() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitAnswering() {
        try (SlotwiseClient probe = SlotwiseClient.builder(url()).build()) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The server stopped during start-up:\n" + logTail());
                }
                try {
                    // The owner exists once the server is ready: its login answers.
                    probe.staff().login(OWNER_EMAIL, OWNER_PASSWORD);
                    return true;
                } catch (SlotwiseApiException notYet) {
                    return false;
                }
            });
        }
    }

    private Path log() {
        return dataDir.resolve("server.log");
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static Path jar() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path jar = dir.resolve("server/target/slotwise-server.jar");
            if (Files.exists(jar)) {
                return jar;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("server/target/slotwise-server.jar is missing: build the server first "
                + "(mvn -B verify builds it before the desktop apps are tested)");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
