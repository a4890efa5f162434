package io.slotwise.server.support;

import io.slotwise.server.SlotwiseServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Slotwise server in a process of its own (this test JVM's class path), so that a test can kill
 * it as an operator's {@code kill -9} or a crash would, and start it again on the same port.
 */
public final class ServerProcess implements AutoCloseable {

    private final int port;
    private final List<String> arguments;
    private final Path log;
    private Process process;

    private ServerProcess(int port, List<String> arguments, Path log) {
        this.port = port;
        this.arguments = arguments;
        this.log = log;
    }

    /** Starts a server on {@code port} (0: a free one) with Spring command-line arguments; its output goes to {@code target/<name>.log}. */
    public static ServerProcess start(String name, int port, List<String> arguments) throws IOException {
        Path log = Files.createDirectories(Path.of("target")).resolve(name + ".log");
        Files.deleteIfExists(log); // a restart appends to this run's log, not to an earlier run's
        ServerProcess server = new ServerProcess(port == 0 ? freePort() : port, arguments, log);
        server.start();
        return server;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SlotwiseServer.class.getName(), "--logging.level.root=WARN", "--server.port=" + port));
        command.addAll(arguments);
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook, no graceful stop, requests in flight cut off. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            kill();
        }
    }
}
