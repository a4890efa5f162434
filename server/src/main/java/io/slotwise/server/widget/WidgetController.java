package io.slotwise.server.widget;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The booking widget's pages (the widget itself and manage my booking), its files, and the
 * loader venues paste into their sites. A page reads its options ({@code widget}, {@code key} or
 * {@code activityId}, {@code accent}, {@code locale}) from its own URL and talks to the public API
 * only.
 *
 * <p>Caching: pages are revalidated on every view ({@code no-cache} with an {@code ETag}, so a
 * repeat view costs a {@code 304}); the files they load are fingerprinted and kept a year;
 * {@code embed.js} keeps its address, so browsers keep it five minutes only.
 */
@Controller
class WidgetController {

    static final CacheControl PAGES = CacheControl.noCache();
    static final CacheControl FINGERPRINTED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    static final CacheControl LOADER = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final WidgetAssets assets;

    WidgetController(WidgetAssets assets) {
        this.assets = assets;
    }

    @GetMapping("/embed")
    ResponseEntity<byte[]> embed(ServletWebRequest request) {
        return send(assets.page("index.html"), PAGES, request);
    }

    /** Manage my booking, opened from the link in the customer's mails ({@code booking} and {@code token}). */
    @GetMapping("/manage")
    ResponseEntity<byte[]> manage(ServletWebRequest request) {
        return send(assets.page("manage.html"), PAGES, request);
    }

    /**
     * A widget file under a version. Another version than this server's (a page from another
     * instance during a rolling upgrade) still gets this server's file, but not for keeps.
     */
    @GetMapping("/embed/{version:v-[0-9a-f]+}/{file:[a-z]+(?:-[a-z]+)?\\.(?:js|css)}")
    ResponseEntity<byte[]> asset(@PathVariable String version, @PathVariable String file, ServletWebRequest request) {
        return assets.asset(file)
                .map(a -> send(a, version.equals(assets.version()) ? FINGERPRINTED : PAGES, request))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/embed.js")
    ResponseEntity<byte[]> loader(ServletWebRequest request) {
        return send(assets.loader(), LOADER, request);
    }

    private static ResponseEntity<byte[]> send(WidgetAssets.Asset asset, CacheControl caching, ServletWebRequest request) {
        if (request.checkNotModified(asset.tag())) {
            return ResponseEntity.status(304).eTag(asset.tag()).cacheControl(caching).build();
        }
        return ResponseEntity.ok().eTag(asset.tag()).cacheControl(caching)
                .contentType(MediaType.parseMediaType(asset.contentType())).body(asset.body());
    }
}
