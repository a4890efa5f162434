package io.slotwise.server.operations;

import io.slotwise.server.support.ServerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** HAProxy with the repository's configuration ({@code docs/deploy/haproxy.cfg}), in front of two instances. */
final class Balancer implements AutoCloseable {

    static final Path CONFIG = Path.of("..", "docs", "deploy", "haproxy.cfg");

    private final Process process;
    private final int port;

    private Balancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Balancer start(Path haproxy, int app1, int app2) throws IOException {
        int port = ServerProcess.freePort();
        ProcessBuilder builder = new ProcessBuilder(haproxy.toString(), "-db", "-f", CONFIG.toString()).redirectErrorStream(true)
                .redirectOutput(Files.createDirectories(Path.of("target")).resolve("haproxy.log").toFile());
        builder.environment().put("SLOTWISE_LISTEN", "127.0.0.1:" + port);
        builder.environment().put("SLOTWISE_APP1", "127.0.0.1:" + app1);
        builder.environment().put("SLOTWISE_APP2", "127.0.0.1:" + app2);
        return new Balancer(builder.start(), port);
    }

    /** Fails with HAProxy's own words if it stopped (a configuration it refuses, a port taken). */
    void assertRunning() throws IOException {
        if (!process.isAlive()) {
            throw new AssertionError("HAProxy stopped:\n" + Files.readString(Path.of("target", "haproxy.log")));
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
