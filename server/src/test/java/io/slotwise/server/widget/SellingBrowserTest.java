package io.slotwise.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.BookingMode;
import io.slotwise.common.api.GroupPrice;
import io.slotwise.common.api.PriceCategory;
import io.slotwise.server.support.Browser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The widget sells as the venue does, in a real Chromium: what an activity costs is on show
 * before any time is chosen, a private room reads as such and is priced by the party's size, and
 * a shared hunt's tickets add up to the party and its total.
 */
@Tag("browser")
class SellingBrowserTest extends BrowserTest {

    /**
     * Opens the page and goes to the session's venue-local day: the venue calendar starts on today,
     * the single-activity embed on the first day with times.
     */
    private WebElement open(String query, UUID session, Instant start) {
        driver.get("http://localhost:" + port + "/embed?" + query);
        Browser.showDay(driver, start.atZone(ZoneId.of("Europe/Berlin")).toLocalDate());
        return waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-session='" + session + "']")));
    }

    private void details() {
        driver.findElement(By.id("email")).sendKeys("seller@example.com");
        driver.findElement(By.id("name")).sendKeys("Sam Seller");
        driver.findElement(By.id("holdButton")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("countdown")));
    }

    @Test
    void aPrivateRoomIsShownAsSuchAndPricedByTheGroupsSize() throws Exception {
        driver = Browser.start(1024, 900);
        UUID venue = fixtures.venue("Europe/Berlin").id();
        ActivityDetails tomb = fixtures.sellingActivity(venue, "Pharaoh's Tomb", 60, BookingMode.PRIVATE, 2, 4, List.of(), 15, null,
                List.of(new GroupPrice(2, 6000L), new GroupPrice(3, 7800L), new GroupPrice(4, 9600L)));
        Instant start = clock.instant().plus(Duration.ofHours(3));
        UUID session = fixtures.session(tomb, Duration.ofHours(3), 4);

        WebElement slot = open("widget=singlegame&activityId=" + tomb.id(), session, start);
        assertThat(driver.findElement(By.cssSelector(".activity .price")).getText())
                .isEqualTo("Private room for 2-4 · from €60.00 per group");
        assertThat(driver.findElement(By.cssSelector(".activity .facts")).getText()).startsWith("60 minutes");
        assertThat(slot.getText()).contains("Private room for 2-4");

        slot.click();
        Select party = new Select(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("partySize"))));
        assertThat(party.getOptions()).extracting(WebElement::getText)
                .containsExactly("2 people · €60.00", "3 people · €78.00", "4 people · €96.00");
        party.selectByValue("3");
        details();
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Total: €78.00");
        assertThat(fixtures.remaining(session)).as("the whole room is taken").isEqualTo(1);
        assertThat(api().get("/api/v1/public/sessions/" + session + "/availability?partySize=2").json().path("capacityRemaining").asInt())
                .isZero();
    }

    @Test
    void aSharedHuntsTicketsAddUpToThePartyAndItsTotal() throws Exception {
        driver = Browser.start(390, 844);
        UUID venue = fixtures.venue("Europe/Berlin").id();
        ActivityDetails hunt = fixtures.sellingActivity(venue, "Treasure hunt", 45, BookingMode.SHARED, 1, 6, List.of(), 0,
                List.of(new PriceCategory("child", "Child", 1500L), new PriceCategory("adult", "Adult", 800L)), null);
        Instant start = clock.instant().plus(Duration.ofHours(3));
        UUID session = fixtures.session(hunt, Duration.ofHours(3), 6);
        String embedKey = api().as(fixtures.ownerToken(venue)).get("/api/v1/venues/" + venue).json().path("embedKey").asString();

        WebElement slot = open("widget=calendar&key=" + embedKey, session, start);
        assertThat(driver.findElement(By.cssSelector("#activities .price")).getText()).isEqualTo("Child €15.00 · Adult €8.00");
        slot.click();
        WebElement children = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-child")));
        children.clear();
        children.sendKeys("2");
        WebElement adults = driver.findElement(By.id("ticket-adult"));
        adults.clear();
        adults.sendKeys("1");
        waiting().until(ExpectedConditions.textToBe(By.id("ticketsTotal"), "3 people · €38.00"));
        details();

        assertThat(driver.findElement(By.id("heldTickets")).getText()).isEqualTo("2 × Child, 1 × Adult");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Total: €38.00");
        assertThat(fixtures.remaining(session)).isEqualTo(3);
        Long width = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        assertThat(width).as("nothing wider than the phone").isLessThanOrEqualTo(390L);
    }
}
