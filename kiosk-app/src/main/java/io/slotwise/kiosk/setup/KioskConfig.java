package io.slotwise.kiosk.setup;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What a kiosk needs to know: its server, its device token, its venue's embed key, and the hash
 * of the staff PIN that leaves kiosk mode. Kept in a properties file, written by the first-run
 * screen (or by hand); {@code fullScreen=false} is for trying the kiosk on a desk.
 */
public record KioskConfig(String serverUrl, String deviceToken, String embedKey, String exitPinHash, boolean fullScreen) {

    /** Where the kiosk looks unless told otherwise ({@code --config=…} or {@code SLOTWISE_KIOSK_CONFIG}). */
    public static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".slotwise", "kiosk.properties");
    }

    /** The demo server's kiosk, windowed, staff PIN 1234. */
    public static KioskConfig demo() {
        return new KioskConfig("http://localhost:8080", "kiosk_demo_downtown", "demo", PinHash.of("1234"), false);
    }

    /** What is wrong with these settings, in words for the person setting the kiosk up; empty when fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!isHttpUrl(serverUrl)) {
            problems.add("The server address must start with http:// or https://");
        }
        if (deviceToken == null || !deviceToken.startsWith("kiosk_")) {
            problems.add("The device token starts with kiosk_ (an owner creates it under Kiosk devices)");
        }
        if (embedKey == null || embedKey.isBlank()) {
            problems.add("The venue's embed key is missing");
        }
        if (exitPinHash == null || exitPinHash.isBlank()) {
            problems.add("A staff PIN is needed to leave kiosk mode");
        }
        return problems;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url == null ? "" : url.trim());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The settings in {@code file}, if it exists. */
    public static Optional<KioskConfig> load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return Optional.of(new KioskConfig(p.getProperty("server"), p.getProperty("token"), p.getProperty("key"),
                p.getProperty("exitPin"), !"false".equalsIgnoreCase(p.getProperty("fullScreen", "true"))));
    }

    /** Writes the file whole or not at all, readable by this user only (it holds the device token). */
    public void save(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("server", serverUrl.trim());
        p.setProperty("token", deviceToken.trim());
        p.setProperty("key", embedKey.trim());
        p.setProperty("exitPin", exitPinHash);
        p.setProperty("fullScreen", String.valueOf(fullScreen));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "kiosk", ".properties");
        try {
            restrict(temp);
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Slotwise kiosk");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile folder is private already.
        }
    }
}
