package io.slotwise.server.readcache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered public answer: its bytes, its tag, the venue whose changes drop it, the cache's
 * change count when it started rendering ({@code mark}) and until when it holds at most. The
 * gzip form is made on first demand and kept.
 */
final class CachedAnswer {

    /** Smaller answers are not worth compressing (the headers weigh as much). */
    static final int GZIP_FROM_BYTES = 256;

    final byte[] body;
    final String contentType;
    final String tag;
    final UUID venueId;
    final long mark;
    final Instant validUntil;
    private volatile byte[] gzipped;

    CachedAnswer(byte[] body, String contentType, UUID venueId, long mark, Instant validUntil) {
        this.body = body;
        this.contentType = contentType;
        this.tag = EntityTags.of(body);
        this.venueId = venueId;
        this.mark = mark;
        this.validUntil = validUntil;
    }

    boolean compressible() {
        return body.length >= GZIP_FROM_BYTES;
    }

    byte[] gzipped() {
        byte[] g = gzipped;
        if (g == null) {
            g = gzip(body);
            gzipped = g;
        }
        return g;
    }

    /** What the cache counts against its size limit. */
    int weight() {
        byte[] g = gzipped;
        return body.length + (g == null ? body.length / 4 : g.length) + 256;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }
}
