package io.slotwise.server.widget;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.server.support.Api;
import io.slotwise.server.support.DatabaseTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What browsers may keep of the widget: its pages are asked again on every view (a 304 when
 * unchanged), the files they load are fingerprinted and kept for a year, and the loader venues
 * paste into their sites is kept briefly, since its address never changes.
 */
class WidgetCachingTest extends DatabaseTest {

    private static final Pattern ASSET = Pattern.compile("src=\"(/embed/v-[0-9a-f]+/app\\.js)\"");

    @Test
    void theWidgetPageIsRevalidatedAndItsFilesAreFingerprintedForAYear() {
        Api.Response page = api().get("/embed?widget=calendar&key=demo");
        Matcher asset = ASSET.matcher(page.text());
        assertThat(asset.find()).as(page.text()).isTrue();
        String tag = page.header("ETag").orElseThrow();

        Api.Response script = api().get(asset.group(1));
        Api.Response module = api().get(asset.group(1).replace("app.js", "api.js"));
        Api.Response again = api().get("/embed?widget=singlegame&activityId=x", "If-None-Match", tag);

        assertThat(page.header("Cache-Control")).contains("no-cache");
        assertThat(again.status()).as("the same page, whatever the widget's options").isEqualTo(304);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).startsWith("text/javascript");
        assertThat(script.header("Cache-Control").orElseThrow()).contains("max-age=31536000").contains("immutable").contains("public");
        assertThat(module.status()).as("modules load each other relatively, inside the same version").isEqualTo(200);
        assertThat(api().get("/manage").text()).contains(asset.group(1).replace("app.js", "manage.js"));
    }

    @Test
    void filesOfAnotherVersionAreServedButNotKeptAndUnknownFilesAreNot() {
        Api.Response otherVersion = api().get("/embed/v-000000000000/app.js");
        Api.Response unknown = api().get("/embed/v-000000000000/nothing.js");

        assertThat(otherVersion.status()).as("a page from an instance of another release, mid-upgrade").isEqualTo(200);
        assertThat(otherVersion.header("Cache-Control")).contains("no-cache");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void theLoaderIsKeptFiveMinutesAndRevalidatedByItsTag() {
        Api.Response loader = api().get("/embed.js");
        Api.Response again = api().get("/embed.js", "If-None-Match", loader.header("ETag").orElseThrow());

        assertThat(loader.status()).isEqualTo(200);
        assertThat(loader.header("Cache-Control").orElseThrow()).contains("max-age=300").contains("public");
        assertThat(again.status()).isEqualTo(304);
    }
}
