package io.slotwise.admin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The admin app's catalogues: German has every English key and no other, every text reads with
 * its arguments put in, every key the code names is there, and dates and money follow the language.
 */
class TextsTest {

    /** {@code text("key"}, {@code dates("key"}: the keys the code names as they are (not those it builds). */
    private static final Pattern NAMED_KEY = Pattern.compile("\\b(?:text|dates)\\(\"([A-Za-z0-9.]+)\"");

    @AfterEach
    void english() {
        Texts.use("en");
    }

    @Test
    void germanHasEveryKeyOfTheEnglishCatalogueAndNoOther() throws Exception {
        assertThat(load("texts_de").stringPropertyNames()).containsExactlyInAnyOrderElementsOf(load("texts").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void everyTextReadsWithItsArgumentsInBothPluralForms(String language) throws Exception {
        Texts.use(language);
        for (String key : load("texts").stringPropertyNames()) {
            if (key.contains(".format.")) {
                assertThat(Texts.dates(key).format(java.time.LocalDateTime.of(2026, 12, 4, 19, 30))).as(language + " " + key).isNotBlank();
                continue;
            }
            for (int n : new int[] {1, 3}) {
                String read = Texts.text(key, n, n, n, n, n, n, n, n);
                assertThat(read).as(language + " " + key).isNotBlank().doesNotContain("{").doesNotContain("''");
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheCatalogue() throws Exception {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher key = NAMED_KEY.matcher(Files.readString(source));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        assertThat(named).as("keys named in the code").hasSizeGreaterThan(100);
        assertThat(load("texts").stringPropertyNames()).containsAll(named);
    }

    @Test
    void datesMoneyAndPluralsFollowTheLanguage() {
        assertThat(Texts.money(2500, "EUR")).isEqualTo("25.00 EUR");
        assertThat(Texts.text("login.wrong")).isEqualTo("That email and password don't match. Please try again.");
        Texts.use("de");
        assertThat(Texts.money(2500, "EUR")).isEqualTo("25,00\u00a0€");
        assertThat(Texts.money(2500, "JPY")).isEqualTo("2.500\u00a0¥");
        assertThat(Texts.locale().getLanguage()).isEqualTo("de");
        assertThat(java.time.format.DateTimeFormatter.ofPattern("EEEE", Texts.locale()).format(LocalDate.of(2026, 12, 4))).isEqualTo("Freitag");
        assertThat(Texts.languageName("de")).isEqualTo("Deutsch");
        Texts.use("xx");
        assertThat(Texts.language()).as("a language the app does not speak is English").isEqualTo("en");
    }

    private static Properties load(String name) throws Exception {
        Properties texts = new Properties();
        try (var in = TextsTest.class.getResourceAsStream("/io/slotwise/admin/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
