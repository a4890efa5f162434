package io.slotwise.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The widget stays small enough for a phone on a slow connection: under 50 KB of JS and CSS. */
class WidgetSizeTest {

    @Test
    void scriptsAndStylesStayUnderFiftyKilobytes() throws IOException {
        Path statics = Path.of("src/main/resources/static");
        long bytes;
        try (Stream<Path> files = Files.walk(statics)) {
            bytes = files.filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".css"))
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
        assertThat(bytes).isPositive().isLessThan(50 * 1024);
    }
}
