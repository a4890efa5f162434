package io.slotwise.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The widget stays small enough for a phone on a slow connection: what the booking page downloads
 * in one language (all its scripts and styles but the manage page's and the other languages'
 * catalogues, counting the largest catalogue), as the server sends it (gzip), under 25 KB. A
 * module that no file imports statically and some file imports with {@code import()} is loaded
 * only when a customer needs it (the gift card field, the page after payment): not counted.
 */
class WidgetSizeTest {

    private static final Path STATICS = Path.of("src/main/resources/static");

    @Test
    void theBookingPageInOneLanguageDownloadsUnderTwentyFiveKilobytes() throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(STATICS)) {
            files = all.filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".css")).toList();
        }
        // Not counted: the manage page's own files, and embed.js (the venue's page loads it, not the widget).
        List<String> sources = files.stream().filter(p -> p.toString().endsWith(".js")).map(WidgetSizeTest::read).toList();
        List<Path> lazy = files.stream().filter(p -> onlyImportedOnDemand(p.getFileName().toString(), sources)).toList();
        assertThat(lazy).as("modules loaded on demand").extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("giftcard.js", "paid.js");
        long shared = files.stream().filter(p -> !isCatalogue(p) && !p.getFileName().toString().startsWith("manage")
                        && !p.equals(STATICS.resolve("embed.js")) && !lazy.contains(p))
                .mapToLong(WidgetSizeTest::gzipped).sum();
        long english = gzipped(STATICS.resolve("embed/messages-en.js"));
        long largestOther = files.stream().filter(p -> isCatalogue(p) && !p.endsWith("messages-en.js"))
                .mapToLong(WidgetSizeTest::gzipped).max().orElseThrow();

        assertThat(files.stream().filter(WidgetSizeTest::isCatalogue)).hasSize(5);
        assertThat(shared + english + largestOther).isPositive().isLessThan(25 * 1024);
    }

    /** Imported with {@code import('./name')} somewhere, and never with {@code from './name'}. */
    private static boolean onlyImportedOnDemand(String name, List<String> sources) {
        String quoted = "'./" + name + "'";
        return sources.stream().anyMatch(s -> s.contains("import(" + quoted + ")"))
                && sources.stream().noneMatch(s -> s.contains("from " + quoted));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isCatalogue(Path file) {
        return file.getFileName().toString().matches("messages-[a-z]{2}\\.js");
    }

    private static long gzipped(Path file) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(Files.readAllBytes(file));
            gzip.finish();
            return out.size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
