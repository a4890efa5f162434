package io.slotwise.server.widget;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The widget's files, read once at start-up and fingerprinted together: the pages name them under
 * {@code /embed/<version>/}, a version made from all their contents, so browsers may keep them for
 * a year and still get a new release's files at once (the pages themselves are revalidated every
 * time). ES module imports are relative, so they stay inside the same version.
 */
@Component
class WidgetAssets {

    /** An asset's bytes, type and tag. */
    record Asset(byte[] body, String contentType, String tag) {
    }

    private final Map<String, Asset> assets = new LinkedHashMap<>();
    private final String version;
    private final Asset loader;

    WidgetAssets() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:/static/embed/*.*");
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        MessageDigest all = sha256();
        for (Resource file : files) {
            byte[] body;
            try (InputStream in = file.getInputStream()) {
                body = in.readAllBytes();
            }
            all.update(file.getFilename().getBytes(StandardCharsets.UTF_8));
            all.update(body);
            assets.put(file.getFilename(), new Asset(body, contentType(file.getFilename()), tag(body)));
        }
        this.version = "v-" + HexFormat.of().formatHex(all.digest()).substring(0, 12);
        try (InputStream in = new PathMatchingResourcePatternResolver().getResource("classpath:/static/embed.js").getInputStream()) {
            byte[] body = in.readAllBytes();
            this.loader = new Asset(body, contentType("embed.js"), tag(body));
        }
    }

    /** {@code embed.js}, the script venues paste into their pages (its address never changes). */
    Asset loader() {
        return loader;
    }

    String version() {
        return version;
    }

    Optional<Asset> asset(String name) {
        return Optional.ofNullable(assets.get(name));
    }

    /** An HTML page with its asset links pointing at this version. */
    Asset page(String name) {
        Asset file = asset(name).orElseThrow(() -> new UncheckedIOException(new IOException("missing widget page " + name)));
        String html = new String(file.body(), StandardCharsets.UTF_8)
                .replace("\"/embed/", "\"/embed/" + version + "/");
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        return new Asset(body, file.contentType(), tag(body));
    }

    private static String contentType(String name) {
        if (name.endsWith(".js")) {
            return "text/javascript;charset=UTF-8";
        }
        if (name.endsWith(".css")) {
            return "text/css;charset=UTF-8";
        }
        if (name.endsWith(".html")) {
            return "text/html;charset=UTF-8";
        }
        return "application/octet-stream";
    }

    private static String tag(byte[] body) {
        return '"' + HexFormat.of().formatHex(sha256().digest(body)).substring(0, 24) + '"';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
