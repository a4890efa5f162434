package io.slotwise.server.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every language of the customers' mails has every text of the English catalogue, and no other. */
class MailCatalogueTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "nl"})
    void everyLanguageHasEveryKeyOfTheEnglishCatalogue(String language) throws Exception {
        Properties english = load("mail/messages.properties");
        Properties other = load("mail/messages_" + language + ".properties");

        assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        other.stringPropertyNames().forEach(key -> assertThat(other.getProperty(key)).as(language + ": " + key).isNotBlank());
    }

    private static Properties load(String resource) throws Exception {
        Properties texts = new Properties();
        try (var in = MailCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
