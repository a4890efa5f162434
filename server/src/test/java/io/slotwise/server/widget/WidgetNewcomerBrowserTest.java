package io.slotwise.server.widget;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Browser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a first-time customer trips over in the widget, fixed: its languages, a session already
 * begun, the single-activity embed opening on a day with times, keyboard focus and the browser's
 * Back button, larger groups, and a confirmation that says what was booked.
 */
@Tag("browser")
class WidgetNewcomerBrowserTest extends BrowserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private String embedKey(UUID venueId) {
        return api().as(fixtures.ownerToken(venueId)).get("/api/v1/venues/" + venueId).json().path("embedKey").asString();
    }

    private WebElement slot(UUID session) {
        return waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-session='" + session + "']")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyLanguageHasEveryTextOfTheEnglishCatalogueAndEachReadsWithoutGaps() throws Exception {
        driver = Browser.start(1024, 900);
        ActivityDetails activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        driver.get("http://localhost:" + port + "/embed?widget=singlegame&activityId=" + activity.id());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("date")));

        Map<String, Object> found = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const app = document.querySelector('script[type=module]').src;
                import(app.replace('app.js', 'messages.js')).then(async ({ LANGUAGES, catalogue, messagesFor }) => {
                  const en = await catalogue('en');
                  const problems = [];
                  for (const language of LANGUAGES) {
                    const own = await catalogue(language);
                    for (const key of Object.keys(en)) {
                      if (!(key in own)) problems.push(`${language}: no ${key}`);
                      else if (typeof own[key] !== typeof en[key]) problems.push(`${language}: ${key} is a ${typeof own[key]}`);
                      else if (typeof en[key] === 'function' && own[key].length !== en[key].length) problems.push(`${language}: ${key} takes other arguments`);
                    }
                    for (const key of Object.keys(own)) if (!(key in en)) problems.push(`${language}: ${key} is not in English`);
                    // Every text, with numbers for its arguments (1 and 3: both plural forms), reads without gaps.
                    const texts = messagesFor(language, own);
                    for (const [key, text] of Object.entries(texts)) {
                      for (const n of [1, 3]) {
                        const read = typeof text === 'function' ? text(...Array(en[key].length - (en[key].length > 1 && /plural/.test(en[key].toString()) ? 1 : 0)).fill(n)) : text;
                        if (typeof read !== 'string' || read.trim() === '' || /undefined|\\[object/.test(read)) problems.push(`${language}: ${key} reads "${read}"`);
                      }
                    }
                  }
                  done({ languages: LANGUAGES, problems });
                }).catch((e) => done({ languages: [], problems: [String(e)] }));
                """);

        assertThat((List<Object>) found.get("languages")).containsExactlyInAnyOrder("en", "de", "fr", "es", "nl");
        assertThat((List<Object>) found.get("problems")).isEmpty();
    }

    @Test
    void aGermanPageGetsTheWidgetInGermanWithGermanPluralsAndMoney() throws Exception {
        driver = Browser.start(1024, 900);
        ActivityDetails activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        Instant start = clock.instant().plus(Duration.ofHours(3));
        UUID session = fixtures.session(activity, Duration.ofHours(3), 6);
        driver.get("http://localhost:" + port + "/embed?widget=singlegame&locale=de&activityId=" + activity.id());
        Browser.showDay(driver, start.atZone(BERLIN).toLocalDate());

        assertThat(slot(session).getText()).contains("Noch 6 Plätze frei");
        assertThat(driver.findElement(By.id("nextDay")).getAttribute("aria-label")).isEqualTo("Nächster Tag");
        assertThat(driver.findElement(By.id("nextMonth")).getAttribute("aria-label")).isEqualTo("Nächster Monat");
        assertThat(driver.findElement(By.id("date")).getText()).isEqualTo(java.time.format.DateTimeFormatter
                .ofPattern("EEEE, d. MMMM", java.util.Locale.GERMAN).format(start.atZone(BERLIN)));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        assertThat(driver.findElement(By.cssSelector(".facts")).getText()).contains("60 Minuten").contains("25,00");

        slot(session).click();
        Select party = new Select(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("partySize"))));
        assertThat(driver.findElement(By.cssSelector("label[for=partySize]")).getText()).isEqualTo("Anzahl Personen");
        assertThat(party.getOptions().get(0).getText()).isEqualTo("1 Person · 25,00 €");
        assertThat(party.getOptions().get(1).getText()).isEqualTo("2 Personen · 50,00 €");
        assertThat(driver.findElement(By.id("holdButton")).getText()).isEqualTo("Diesen Termin reservieren");
    }

    @Test
    void aSessionThatHasBegunSaysSoInsteadOfFull() throws Exception {
        driver = Browser.start(1024, 900);
        ActivityDetails activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        Instant now = clock.instant();
        // Begun a minute ago, or at midnight when the day is younger than that: on the venue's today either way.
        Instant startOfToday = now.atZone(BERLIN).toLocalDate().atStartOfDay(BERLIN).toInstant();
        Instant begun = now.minus(Duration.ofMinutes(1)).isBefore(startOfToday) ? startOfToday : now.minus(Duration.ofMinutes(1));
        UUID session = fixtures.sessionAt(activity, begun, 6);
        driver.get("http://localhost:" + port + "/embed?widget=calendar&key=" + embedKey(activity.venueId()));

        WebElement button = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-session='" + session + "']")));
        assertThat(button.getText()).contains("Started").doesNotContain("Full").doesNotContain("places left");
        assertThat(button.isEnabled()).isFalse();
    }

    @Test
    void theSingleActivityEmbedOpensOnTheFirstDayWithTimes() throws Exception {
        driver = Browser.start(1024, 900);
        ActivityDetails activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        Instant start = clock.instant().plus(Duration.ofDays(3));
        UUID session = fixtures.session(activity, Duration.ofDays(3), 6);

        driver.get("http://localhost:" + port + "/embed?widget=singlegame&activityId=" + activity.id());

        assertThat(slot(session).getText()).contains("6 places left");
        assertThat(Browser.shownDay(driver)).isEqualTo(start.atZone(BERLIN).toLocalDate().toString());
    }

    @Test
    void focusStaysOnTheDayButtonsAndBrowserBackReturnsToTheTimes() throws Exception {
        driver = Browser.start(1024, 900);
        ActivityDetails activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        Instant start = clock.instant().plus(Duration.ofDays(1));
        UUID session = fixtures.session(activity, Duration.ofDays(1), 6);
        driver.get("http://localhost:" + port + "/embed?widget=calendar&key=" + embedKey(activity.venueId()));
        LocalDate today = LocalDate.now(BERLIN);
        waiting().until(d -> today.toString().equals(Browser.shownDay(driver)));

        WebElement next = driver.findElement(By.id("nextDay"));
        next.sendKeys(Keys.ENTER);
        waiting().until(d -> today.plusDays(1).toString().equals(Browser.shownDay(driver)));
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus after the next day is shown").isEqualTo("nextDay");

        Browser.showDay(driver, start.atZone(BERLIN).toLocalDate());
        slot(session).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("partySize")));
        driver.navigate().back();

        assertThat(slot(session).isDisplayed()).as("back on the times, inside the widget").isTrue();
        assertThat(driver.getCurrentUrl()).contains("/embed?widget=calendar");
        assertThat(driver.findElements(By.id("partySize"))).isEmpty();
    }

    @Test
    void theConfirmationSaysWhatWasBookedForWhomWhatToBringAndOffersTheManageLinkTheCalendarAndLargerGroupsTheVenuesPhone()
            throws Exception {
        driver = Browser.start(1024, 900);
        ActivityDetails activity = fixtures.activityBringing("Europe/Berlin", "Closed shoes, please");
        String owner = fixtures.ownerToken(activity.venueId());
        var venue = api().as(owner).get("/api/v1/venues/" + activity.venueId()).json();
        assertThat(api().as(owner).put("/api/v1/venues/" + activity.venueId(), map("name", venue.path("name").asString(),
                "timezone", "Europe/Berlin", "allowedOrigins", List.of(), "phone", "+49 30 1234567")).status()).isEqualTo(200);
        Instant start = clock.instant().plus(Duration.ofHours(3));
        UUID session = fixtures.session(activity, Duration.ofHours(3), 6);
        driver.get("http://localhost:" + port + "/embed?widget=calendar&key=" + venue.path("embedKey").asString());
        Browser.showDay(driver, start.atZone(BERLIN).toLocalDate());

        slot(session).click();
        new Select(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("partySize")))).selectByValue("2");
        assertThat(driver.findElement(By.id("largerGroups")).getText()).isEqualTo("For more than 8 people, please call the venue: +49 30 1234567");
        driver.findElement(By.id("email")).sendKeys("new@example.com");
        driver.findElement(By.id("name")).sendKeys("Nora Newcomer");
        driver.findElement(By.id("holdButton")).click();
        WebElement timer = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("heldTimer")));
        assertThat(timer.getAttribute("role")).isEqualTo("timer");
        assertThat(timer.getAttribute("aria-label")).matches("Your places are held for (10|9) more minutes");
        driver.findElement(By.id("confirmButton")).click();

        String summary = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("bookingSummary"))).getText();
        assertThat(summary).contains(activity.name()).contains("2 people · Nora Newcomer").contains("€50.00")
                .contains("What to bring\nClosed shoes, please");
        String calendar = URLDecoder.decode(driver.findElement(By.id("addToCalendar")).getAttribute("href")
                .substring("data:text/calendar;charset=utf-8,".length()), StandardCharsets.UTF_8);
        String number = driver.findElement(By.id("bookingNumber")).getText();
        assertThat(calendar).contains("BEGIN:VEVENT").contains("SUMMARY:" + activity.name())
                .contains("DTSTART:" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                        .format(start.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atZone(java.time.ZoneOffset.UTC)))
                .contains("UID:" + number + "@slotwise").contains("Closed shoes\\, please");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus on the confirmation").isEqualTo("confirmed");
        String manage = driver.findElement(By.id("manageLink")).getAttribute("href");
        driver.findElement(By.id("bookAnother")).click();
        waiting().until(d -> start.atZone(BERLIN).toLocalDate().toString()
                .equals(driver.switchTo().activeElement().getAttribute("data-day")));
        assertThat(manage).startsWith("http://localhost:" + port + "/manage?booking=" + number + "&token=");
        driver.get(manage);
        assertThat(new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")))
                .getText()).contains(number);
    }
}
