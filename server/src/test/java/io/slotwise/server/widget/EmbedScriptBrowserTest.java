package io.slotwise.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Browser;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code embed.js} on a venue's own website, another origin than the server: the widget shows
 * when the venue allows that origin, and the browser refuses to frame it when it does not.
 */
@Tag("browser")
class EmbedScriptBrowserTest extends BrowserTest {

    private HttpServer site;
    private String siteOrigin;

    @BeforeEach
    void venueWebsite() throws Exception {
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.start();
        siteOrigin = "http://127.0.0.1:" + site.getAddress().getPort();
    }

    @AfterEach
    void stopSite() {
        site.stop(0);
    }

    /** The venue's page with the documented snippet, the server addressed as localhost: another origin. */
    private void page(String key) {
        String html = "<!doctype html><html><body><h1>Our escape rooms</h1><div data-slotwise-calendar=\"" + key + "\"></div>"
                + "<script src=\"http://localhost:" + port + "/embed.js\" async></script></body></html>";
        site.createContext("/", exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private String keyOfVenueAllowing(List<String> origins) {
        ActivityDetails activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        fixtures.session(activity, Duration.ofHours(3), 6);
        var owner = api().as(fixtures.ownerToken(activity.venueId()));
        owner.put("/api/v1/venues/" + activity.venueId(), io.slotwise.server.support.Api.map("name", "Venue",
                "timezone", "Europe/Berlin", "allowedOrigins", origins));
        return owner.get("/api/v1/venues/" + activity.venueId()).json().path("embedKey").asString();
    }

    @Test
    void theWidgetShowsOnASiteTheVenueAllows() throws Exception {
        page(keyOfVenueAllowing(List.of(siteOrigin)));
        driver = Browser.start(1024, 900);

        driver.get(siteOrigin + "/");
        WebElement frame = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("iframe")));
        driver.switchTo().frame(frame);

        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".day")));
        driver.switchTo().defaultContent();
        // The widget told the page its height, and the iframe took it.
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d ->
                !String.valueOf(driver.executeScript("return document.querySelector('iframe').style.height")).isEmpty());
    }

    @Test
    void onASiteTheVenueDoesNotAllowTheLoaderSaysWhyInsteadOfABrokenFrame() throws Exception {
        page(keyOfVenueAllowing(List.of("https://only-this.example")));
        driver = Browser.start(1024, 900);

        driver.get(siteOrigin + "/");

        WebElement notice = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".slotwise-notice")));
        assertThat(notice.getText()).isEqualTo("Online booking cannot be shown on this page. Book online");
        assertThat(notice.findElement(By.tagName("a")).getAttribute("href")).startsWith("http://localhost:" + port + "/embed?widget=calendar");
        assertThat(driver.findElements(By.cssSelector("iframe"))).as("no broken frame left on the page").isEmpty();
        assertThat(Browser.console(driver)).anySatisfy(line -> assertThat(line)
                .contains("this site (" + siteOrigin + ") is not one of the venue's allowed websites"));
    }

    @Test
    void theFramingCheckAnswersForTheAskingOriginOnly() {
        String key = keyOfVenueAllowing(List.of(siteOrigin));
        var api = api();

        var allowed = api.get("/embed/framing?widget=calendar&key=" + key, "Origin", siteOrigin);
        var other = api.get("/embed/framing?widget=calendar&key=" + key, "Origin", "https://elsewhere.example");
        var unknown = api.get("/embed/framing?widget=calendar&key=no-such-key", "Origin", siteOrigin);

        assertThat(allowed.json().path("allowed").asBoolean()).isTrue();
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
        assertThat(other.json().path("allowed").asBoolean()).isFalse();
        assertThat(unknown.status()).isEqualTo(404);
    }
}
