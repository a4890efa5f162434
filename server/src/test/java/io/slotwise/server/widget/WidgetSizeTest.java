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
 * catalogues, counting the largest catalogue), as the server sends it (gzip), under 25 KB.
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
        long shared = files.stream().filter(p -> !isCatalogue(p) && !p.getFileName().toString().startsWith("manage")
                        && !p.equals(STATICS.resolve("embed.js")))
                .mapToLong(WidgetSizeTest::gzipped).sum();
        long english = gzipped(STATICS.resolve("embed/messages-en.js"));
        long largestOther = files.stream().filter(p -> isCatalogue(p) && !p.endsWith("messages-en.js"))
                .mapToLong(WidgetSizeTest::gzipped).max().orElseThrow();

        assertThat(files.stream().filter(WidgetSizeTest::isCatalogue)).hasSize(5);
        assertThat(shared + english + largestOther).isPositive().isLessThan(25 * 1024);
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
