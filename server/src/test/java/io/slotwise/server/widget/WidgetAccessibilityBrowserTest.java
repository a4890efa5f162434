package io.slotwise.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every step of a booking checked by axe-core (the accessibility engine from npm, installed by the
 * build into {@code target/npm}), at phone and desktop size: no serious or critical violation.
 */
@Tag("browser")
class WidgetAccessibilityBrowserTest extends BrowserTest {

    @ParameterizedTest(name = "{0}x{1}, {2}")
    @CsvSource({"390, 760, en", "1024, 900, de"})
    void everyStepOfABookingHasNoSeriousAccessibilityViolation(int width, int height, String language) throws Exception {
        ActivityDetails activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofHours(26), 6);
        UUID full = fixtures.session(activity, Duration.ofHours(27), 2);
        api().post("/api/v1/public/reservations", io.slotwise.server.support.Api.map("sessionId", full, "partySize", 2,
                "email", "full@example.com"));
        String key = api().as(fixtures.ownerToken(activity.venueId())).get("/api/v1/venues/" + activity.venueId())
                .json().path("embedKey").asString();
        driver = Browser.start(width, height);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));

        driver.get("http://localhost:" + port + "/embed?widget=calendar&locale=" + language + "&key=" + key);
        Browser.showDay(driver, clock.instant().plus(Duration.ofHours(26)).atZone(ZoneId.of("Europe/Berlin")).toLocalDate());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.date.open")));
        assertThat(seriousViolations()).as("choosing a time").isEmpty();

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-session='" + session + "']"))).click();
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("partySize")))).selectByValue("2");
        driver.findElement(By.id("email")).sendKeys("ana@example.com");
        assertThat(seriousViolations()).as("the details").isEmpty();

        driver.findElement(By.id("name")).sendKeys("Ana Lima");
        driver.findElement(By.id("holdButton")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("heldTimer")));
        assertThat(seriousViolations()).as("the hold").isEmpty();
        driver.findElement(By.id("useGiftCard")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("giftCardCode")));
        assertThat(seriousViolations()).as("the hold with the gift card field").isEmpty();

        driver.findElement(By.id("confirmButton")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bookingSummary")));
        assertThat(seriousViolations()).as("the confirmation").isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1}, {2}")
    @CsvSource({"390, 760, en", "1024, 900, de"})
    void theGiftCardShopHasNoSeriousAccessibilityViolation(int width, int height, String language) throws Exception {
        ActivityDetails activity = fixtures.activity(6, 1, 6, PaymentMode.PREPAY);
        String key = api().as(fixtures.ownerToken(activity.venueId())).get("/api/v1/venues/" + activity.venueId())
                .json().path("embedKey").asString();
        driver = Browser.start(width, height);

        driver.get("http://localhost:" + port + "/embed?widget=giftcard&locale=" + language + "&key=" + key);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("buyGiftCard"))).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("giftShopError"), "")));

        assertThat(seriousViolations()).as("the shop with a mistake said").isEmpty();
    }

    /** axe-core's serious and critical findings on the page as it is, each with where it was found. */
    @SuppressWarnings("unchecked")
    private List<String> seriousViolations() throws Exception {
        Path axe = Path.of(System.getProperty("slotwise.test.axe", "target/npm/node_modules/axe-core/axe.min.js"));
        assertThat(axe).as("axe-core, installed by the build (npm)").exists();
        driver.executeScript(Files.readString(axe));
        return (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then((r) => done(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
                    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)))
                  .catch((e) => done([`axe did not run: ${e}`]));
                """);
    }
}
