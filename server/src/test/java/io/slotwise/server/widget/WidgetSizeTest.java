package io.slotwise.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The widget stays small enough for a phone on a slow connection: what the booking page downloads
 * in one language, as the server sends it (gzip), under 25 KB. That is its stylesheet, its entry
 * module with every module it imports statically (English, the fallback catalogue, among them),
 * and the largest other language's catalogue. Modules loaded with {@code import()} only when a
 * customer needs them (the gift card field, the page after payment, the gift card shop) are not
 * downloaded by the booking page, and not counted.
 */
class WidgetSizeTest {

    private static final Path EMBED = Path.of("src/main/resources/static/embed");
    private static final Pattern STATIC_IMPORT = Pattern.compile("^(?:import|export)\\b[^;]*?from\\s+'\\./([\\w-]+\\.js)'",
            Pattern.MULTILINE);

    @Test
    void theBookingPageInOneLanguageDownloadsUnderTwentyFiveKilobytes() throws IOException {
        Set<String> page = staticallyImported("app.js");
        long catalogues;
        try (Stream<Path> all = Files.list(EMBED)) {
            catalogues = all.map(p -> p.getFileName().toString()).filter(WidgetSizeTest::isCatalogue)
                    .filter(name -> !name.equals("messages-en.js")).mapToLong(name -> gzipped(EMBED.resolve(name))).max().orElseThrow();
        }
        long size = gzipped(EMBED.resolve("embed.css")) + page.stream().mapToLong(name -> gzipped(EMBED.resolve(name))).sum() + catalogues;

        assertThat(page).as("the booking page's modules").contains("app.js", "messages.js", "messages-en.js", "held.js", "details.js")
                .doesNotContain("giftcard.js", "paid.js", "giftshop.js", "manage.js");
        assertThat(size).isPositive().isLessThan(25 * 1024);
    }

    /** {@code entry} and every module it imports statically, directly or not. */
    private static Set<String> staticallyImported(String entry) throws IOException {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>();
        next.add(entry);
        while (!next.isEmpty()) {
            String name = next.pop();
            if (found.add(name)) {
                Matcher imported = STATIC_IMPORT.matcher(Files.readString(EMBED.resolve(name)));
                while (imported.find()) {
                    next.add(imported.group(1));
                }
            }
        }
        return found;
    }

    private static boolean isCatalogue(String name) {
        return name.matches("messages-[a-z]{2}\\.js");
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
