package io.slotwise.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Browser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The hold's timer as it runs out. The server's clock is set back, so the hold it gives ends a
 * minute or so after it is made: the last minute and the end come without waiting ten.
 */
@Tag("browser")
class WidgetHoldTimerBrowserTest extends BrowserTest {

    /** Holds two places of a session, on a server whose clock is {@code behind} the browser's. */
    private void holdWithServerBehindBy(Duration behind) throws Exception {
        ActivityDetails activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        Instant start = clock.instant().plus(Duration.ofHours(3));
        UUID session = fixtures.session(activity, Duration.ofHours(3), 6);
        driver = Browser.start(1024, 900);
        driver.get("http://localhost:" + port + "/embed?widget=singlegame&activityId=" + activity.id());
        Browser.showDay(driver, start.atZone(ZoneId.of("Europe/Berlin")).toLocalDate());
        waiting(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-session='" + session + "']"))).click();
        new Select(waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("partySize")))).selectByValue("2");
        driver.findElement(By.id("email")).sendKeys("last@example.com");
        driver.findElement(By.id("name")).sendKeys("Lena Last");
        clock.set(Instant.now().minus(behind));
        driver.findElement(By.id("holdButton")).click();
    }

    @Test
    void theLastMinuteIsAnnouncedOnceAndShownInRed() throws Exception {
        // The hold ends 10 minutes after the server's now: 64 seconds from the browser's.
        holdWithServerBehindBy(Duration.ofMinutes(10).minusSeconds(64));

        WebElement timer = waiting(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("heldTimer")));
        assertThat(timer.getAttribute("aria-label")).isEqualTo("Your places are held for 2 more minutes");
        assertThat(timer.getAttribute("class")).as("red in the last two minutes").contains("ending");
        assertThat(driver.findElement(By.id("lastMinute")).getText()).isEmpty();

        waiting(20).until(d -> "Less than a minute left to confirm your places".equals(timer.getAttribute("aria-label")));
        assertThat(driver.findElement(By.id("lastMinute")).getAttribute("textContent"))
                .isEqualTo("Less than a minute left to confirm your places");
        assertThat(driver.findElement(By.id("countdown")).getText()).matches("0:[0-5][0-9]");
    }

    @Test
    void aHoldThatRunsOutSaysSoAndOffersToStartAgain() throws Exception {
        holdWithServerBehindBy(Duration.ofMinutes(10).minusSeconds(4));

        WebElement message = waiting(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));

        assertThat(message.getText()).contains("Your hold has expired");
        assertThat(driver.findElements(By.id("confirmButton"))).isEmpty();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("startAgain");
        driver.findElement(By.id("startAgain")).click();
        waiting(10).until(ExpectedConditions.presenceOfElementLocated(By.id("month")));
    }
}
