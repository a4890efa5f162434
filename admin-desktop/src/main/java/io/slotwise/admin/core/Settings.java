package io.slotwise.admin.core;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What the admin app remembers between runs: the server address, the last email, the last venue
 * and the language chosen. Never a password or a token. Kept in {@code ~/.slotwise/admin.properties}.
 */
public final class Settings {

    private final Path file;
    private final Properties values = new Properties();

    public Settings(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException e) {
                // An unreadable file only means nothing is remembered.
            }
        }
    }

    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".slotwise", "admin.properties");
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key)).filter(v -> !v.isBlank());
    }

    public void put(String key, String value) {
        values.setProperty(key, value == null ? "" : value);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                values.store(out, "Slotwise Admin");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
