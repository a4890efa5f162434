package io.slotwise.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kiosk's catalogues: every language has every English key, and every text reads with its arguments put in. */
class TextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"de", "fr", "es", "nl"})
    void everyLanguageHasEveryKeyOfTheEnglishCatalogueAndNoOther(String language) throws Exception {
        assertThat(load("texts_" + language).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("texts").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr", "es", "nl"})
    void everyTextReadsWithoutGapsInBothPluralForms(String language) throws Exception {
        Texts texts = Texts.of(language);
        for (String key : load("texts").stringPropertyNames()) {
            for (int n : new int[] {1, 3}) {
                String read = texts.get(key, n, n, "x", n);
                assertThat(read).as(language + " " + key).isNotBlank().doesNotContain("{").doesNotContain("''");
            }
        }
    }

    @Test
    void datesMoneyAndPluralsFollowTheLanguage() {
        assertThat(Texts.of("de").money(2500, "EUR")).isEqualTo("25,00\u00a0€");
        assertThat(Texts.of("en").money(2500, "EUR")).isEqualTo("€25.00");
        assertThat(Texts.of("en").money(2500, "JPY")).isEqualTo("JP¥2,500");
        assertThat(Texts.of("de").people(1)).isEqualTo("1 Person");
        assertThat(Texts.of("de").people(2)).isEqualTo("2 Personen");
        assertThat(Texts.of("fr").get("slot.left", 1)).isEqualTo("1 place libre");
        assertThat(Texts.of("fr").day(LocalDate.of(2026, 12, 4))).isEqualTo("vendredi 4 décembre 2026");
        assertThat(Texts.of("en").get("confirmed.title")).isEqualTo("You're booked!");
        assertThat(Texts.of("xx").language()).as("an unknown language is English").isEqualTo("en");
    }

    private static Properties load(String name) throws Exception {
        Properties texts = new Properties();
        try (var in = TextsTest.class.getResourceAsStream("/io/slotwise/kiosk/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
