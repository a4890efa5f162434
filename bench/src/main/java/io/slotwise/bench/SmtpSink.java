package io.slotwise.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mail server that accepts every mail and keeps none, counting them: the receiving end of the
 * delivery benchmark, so that what is measured is the Slotwise server, not a mail server's disk.
 * Speaks just enough SMTP for JavaMail (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT).
 */
final class SmtpSink implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger received = new AtomicInteger();

    SmtpSink(int port) {
        try {
            socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int received() {
        return received.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread session = new Thread(() -> converse(connection), "smtp-sink-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket connection) {
        try (connection;
                BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = connection.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                switch (command) {
                    case "EHLO" -> reply(out, "250-sink\r\n250 8BITMIME");
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                            // the mail's content is not kept
                        }
                        received.incrementAndGet();
                        reply(out, "250 kept nowhere");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (IOException dropped) {
            // the client went away
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
