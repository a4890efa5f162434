package io.slotwise.server.widget;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Browser;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The widget's month: days with times free, sold-out days and days without times, told apart before any is chosen. */
@Tag("browser")
class WidgetMonthBrowserTest extends BrowserTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** The month grid's button for a day, once the month's summary has marked it. */
    private WebElement day(LocalDate date) {
        By button = By.cssSelector("button.date[data-day='" + date + "']:not(.unknown)");
        return waiting().until(ExpectedConditions.presenceOfElementLocated(button));
    }

    private String waitForDay() {
        return waiting().until(d -> Browser.shownDay(driver));
    }

    @Test
    void theMonthShowsOpenSoldOutAndEmptyDaysAndASoldOutDayShowsItsTimesAsFull() throws Exception {
        ActivityDetails activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        UUID open = fixtures.session(activity, Duration.ofDays(2), 6);
        UUID soldOut = fixtures.session(activity, Duration.ofDays(3), 6);
        LocalDate openDay = fixtures.dayOf(open);
        LocalDate soldOutDay = fixtures.dayOf(soldOut);
        assertThat(api().post("/api/v1/public/reservations", map("sessionId", soldOut, "partySize", 6, "email", "all@example.com"))
                .status()).isEqualTo(201);
        driver = Browser.start(1024, 900);

        driver.get("http://localhost:" + port + "/embed?widget=singlegame&activityId=" + activity.id());

        assertThat(waitForDay()).as("opens on the first day with times").isEqualTo(openDay.toString());
        WebElement openButton = day(openDay);
        assertThat(openButton.getAttribute("class")).contains("open");
        assertThat(openButton.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(openButton.getAttribute("aria-label")).endsWith(", 1 time free");
        LocalDate dayBetween = openDay.minusDays(1);
        if (dayBetween.getMonth() == openDay.getMonth() && !dayBetween.isBefore(LocalDate.now(clock.withZone(BERLIN)))) {
            assertThat(day(dayBetween).getAttribute("aria-label")).endsWith(", No times");
            assertThat(day(dayBetween).isEnabled()).as("a day without times cannot be chosen").isFalse();
        }
        if (soldOutDay.getMonth() != openDay.getMonth()) {
            driver.findElement(By.id("nextMonth")).click();
        }
        WebElement soldOutButton = day(soldOutDay);
        assertThat(soldOutButton.getAttribute("class")).contains("soldout");
        assertThat(soldOutButton.getAttribute("aria-label")).endsWith(", Sold out");

        soldOutButton.click();

        waiting().until(d -> soldOutDay.toString().equals(Browser.shownDay(driver)));
        WebElement full = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-session='" + soldOut + "']")));
        assertThat(full.getText()).contains("Full");
        assertThat(full.isEnabled()).isFalse();
        assertThat(driver.switchTo().activeElement().getAttribute("data-day")).as("focus stays on the chosen day")
                .isEqualTo(soldOutDay.toString());
    }

    @Test
    void aDayThatSellsOutWhileOnShowIsMarkedSoldOut() throws Exception {
        ActivityDetails activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        UUID session = fixtures.session(activity, Duration.ofDays(2), 6);
        LocalDate sessionDay = fixtures.dayOf(session);
        driver = Browser.start(1024, 900);
        driver.get("http://localhost:" + port + "/embed?widget=singlegame&activityId=" + activity.id());
        assertThat(day(sessionDay).getAttribute("class")).contains("open");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#widget[data-live=connected]")));

        assertThat(api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 6, "email", "late@example.com"))
                .status()).isEqualTo(201);

        // Read afresh each time: the refresh replaces the grid's buttons.
        waiting().until(d -> String.valueOf(driver.executeScript("return document.querySelector(\"button.date[data-day='"
                + sessionDay + "']\")?.className")).contains("soldout"));
    }

    @Test
    void theWidgetWearsTheVenuesLogoAndAccentColourUnlessThePageChoseAColour() throws Exception {
        ActivityDetails activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        fixtures.session(activity, Duration.ofDays(2), 6);
        var owner = api().as(fixtures.ownerToken(activity.venueId()));
        assertThat(owner.put("/api/v1/venues/" + activity.venueId(), map("name", "Brand Rooms", "timezone", "Europe/Berlin",
                "allowedOrigins", java.util.List.of(), "logoUrl", "/embed/logo-test.png", "accentColor", "#7a1f5c")).status())
                .isEqualTo(200);
        assertThat(owner.put("/api/v1/venues/" + activity.venueId(), map("name", "Brand Rooms", "timezone", "Europe/Berlin",
                "allowedOrigins", java.util.List.of(), "accentColor", "#ffe08a")).json().path("code").asString())
                .as("too light for white text").isEqualTo("VALIDATION_FAILED");
        driver = Browser.start(1024, 900);

        driver.get("http://localhost:" + port + "/embed?widget=singlegame&activityId=" + activity.id());
        WebElement logo = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logo")));
        assertThat(logo.getAttribute("alt")).isEqualTo("Brand Rooms");
        assertThat(logo.getAttribute("src")).endsWith("/embed/logo-test.png");
        waitForDay();
        assertThat(driver.findElement(By.id("nextMonth")).getCssValue("color")).isEqualTo("rgba(122, 31, 92, 1)");

        driver.get("http://localhost:" + port + "/embed?widget=singlegame&accent=%23005a32&activityId=" + activity.id());
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("logo")));
        waitForDay();
        assertThat(driver.findElement(By.id("nextMonth")).getCssValue("color")).as("the page's own choice wins").isEqualTo("rgba(0, 90, 50, 1)");
    }
}
