package io.slotwise.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The cheapest HTTP/1.1 client that is still honest: one kept-alive connection per load thread,
 * a request written in one go, the response read to its end (Content-Length or chunked). On a
 * two-core machine the load generator shares the CPU with the server and the database, so
 * every cycle the client saves is a cycle the server under test gets; a general-purpose client
 * measured itself as much as the server. Not for anything but the benchmark.
 */
final class KeepAliveHttp implements AutoCloseable {

    private final String host;
    private final int port;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    KeepAliveHttp(String baseUrl) {
        URI uri = URI.create(baseUrl);
        this.host = uri.getHost();
        this.port = uri.getPort() == -1 ? 80 : uri.getPort();
    }

    /** GETs a path and returns the status code, reading and discarding the response body. */
    int get(String path) throws IOException {
        return send("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: application/json\r\n\r\n",
                new byte[0]);
    }

    /** POSTs a JSON body and returns the status code, reading and discarding the response body. */
    int postJson(String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return send("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n", body);
    }

    /** A status and the body read, for the calls whose answer the next call needs (a hold's id and token). */
    record Answer(int status, String body) {
    }

    /** POSTs a JSON body with extra headers ({@code "Name: value"}) and returns the status and body. */
    Answer postJsonReading(String path, String json, String... headers) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length + "\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int status = send(head.append("\r\n").toString(), body, answer);
        return new Answer(status, answer.toString(StandardCharsets.UTF_8));
    }

    private int send(String head, byte[] body) throws IOException {
        return send(head, body, null);
    }

    private int send(String head, byte[] body, ByteArrayOutputStream answer) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                connectIfNeeded();
                ByteArrayOutputStream request = new ByteArrayOutputStream(head.length() + body.length);
                request.write(head.getBytes(StandardCharsets.US_ASCII));
                request.write(body);
                out.write(request.toByteArray());
                out.flush();
                if (answer != null) {
                    answer.reset();
                }
                return readResponse(answer);
            } catch (IOException e) {
                // The server closed a kept-alive connection: reconnect once, then give up.
                close();
                if (attempt == 1) {
                    throw e;
                }
            }
        }
    }

    private void connectIfNeeded() throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 8192);
        }
    }

    /** Reads one response; its body goes to {@code answer}, or is skipped when that is null. */
    private int readResponse(ByteArrayOutputStream answer) throws IOException {
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closeAfter = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                    size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                skip(size, answer);
                line();
            }
            line();
        } else if (length > 0) {
            skip(length, answer);
        }
        if (closeAfter) {
            close();
        }
        return code;
    }

    private void skip(long n, ByteArrayOutputStream answer) throws IOException {
        if (answer != null) {
            answer.write(in.readNBytes((int) n));
            return;
        }
        while (n > 0) {
            long skipped = in.skip(n);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed mid-body");
                }
                skipped = 1;
            }
            n -= skipped;
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing a dead connection: nothing left to release.
            }
            socket = null;
        }
    }
}
