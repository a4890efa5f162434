package io.slotwise.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The gift card texts (loaded only with the gift card field or shop) exist in every language the
 * widget speaks, each with exactly the English keys and the same arguments.
 */
class GiftCardTextsTest {

    private static final Path EMBED = Path.of("src/main/resources/static/embed");
    private static final Pattern ENTRY = Pattern.compile("^  (\\w+): (\\([^)]*\\))?", Pattern.MULTILINE);

    @Test
    void everyLanguageHasTheEnglishKeysWithTheirArguments() throws IOException {
        List<String> english = entries("en");
        assertThat(english).contains("title(venue)", "unknown", "mailed(amount, to)");
        for (String language : List.of("de", "fr", "es", "nl")) {
            assertThat(entries(language)).as(language).containsExactlyElementsOf(english);
        }
    }

    private static List<String> entries(String language) throws IOException {
        Matcher entry = ENTRY.matcher(Files.readString(EMBED.resolve("giftcards-" + language + ".js")));
        return entry.results().map(m -> m.group(1) + (m.group(2) == null ? "" : m.group(2))).toList();
    }
}
