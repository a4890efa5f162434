package io.slotwise.server.readcache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.slotwise.server.replica.ReplicaReads;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public reads (venue, activity, sessions, availability), answered from {@link PublicReadCache}
 * when it holds a good answer, else rendered and kept. Every answer carries a strong {@code ETag};
 * a matching {@code If-None-Match} gets {@code 304} (from memory when cached, without touching the
 * database); JSON goes gzip-compressed to clients that ask. {@code Cache-Control: no-cache} lets
 * browsers keep an answer and ask again each time, which a {@code 304} makes cheap.
 *
 * <p>What it renders may be read from the read replica, when one is configured ({@link ReplicaReads}).
 *
 * <p>Runs after Spring Security's chain: rate limits and CORS apply to cached answers as to any other.
 */
class PublicReadFilter extends OncePerRequestFilter {

    static final Pattern CACHEABLE = Pattern.compile(
            "/api/v1/public/(venues/[^/]+(/sessions)?|activities/[^/]+(/sessions)?|sessions/[^/]+/availability)");

    private final PublicReadCache cache;
    private final Clock clock;
    private final Counter hits;
    private final Counter hitsNotModified;
    private final Counter misses;
    private final Counter missesNotModified;

    PublicReadFilter(PublicReadCache cache, Clock clock, MeterRegistry meters) {
        this.cache = cache;
        this.clock = clock;
        this.hits = reads(meters, "hit", 200);
        this.hitsNotModified = reads(meters, "hit", 304);
        this.misses = reads(meters, "miss", 200);
        this.missesNotModified = reads(meters, "miss", 304);
    }

    /** {@code slotwise_public_reads_total{cache="hit|miss", status="200|304"}}. */
    private static Counter reads(MeterRegistry meters, String cache, int status) {
        return Counter.builder("slotwise.public.reads").description("Public reads, answered from memory or rendered, and how")
                .tag("cache", cache).tag("status", Integer.toString(status)).register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !CACHEABLE.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String url = request.getQueryString() == null ? request.getRequestURI() : request.getRequestURI() + "?" + request.getQueryString();
        Instant now = clock.instant();
        CachedAnswer cached = cache.enabled() ? cache.fresh(url, now) : null;
        if (cached != null) {
            (write(cached, request, response) ? hitsNotModified : hits).increment();
            return;
        }
        long mark = cache.mark();
        ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
        try (ReplicaReads.Scope replica = ReplicaReads.allow()) {
            chain.doFilter(request, rendered);
        }
        UUID venue = (UUID) request.getAttribute(PublicReadScope.VENUE);
        if (rendered.getStatus() != HttpServletResponse.SC_OK || venue == null) {
            rendered.copyBodyToResponse();
            return;
        }
        CachedAnswer answer = new CachedAnswer(rendered.getContentAsByteArray(), rendered.getContentType(), venue, mark,
                (Instant) request.getAttribute(PublicReadScope.UNTIL));
        cache.store(url, answer, now);
        (write(answer, request, response) ? missesNotModified : misses).increment();
    }

    /** Writes the answer, or {@code 304} when the client has it (then returns true). */
    private static boolean write(CachedAnswer answer, HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        boolean gzip = answer.compressible() && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        response.setHeader(HttpHeaders.ETAG, gzip ? EntityTags.gzipped(answer.tag) : answer.tag);
        if (EntityTags.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), answer.tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return true;
        }
        byte[] body = gzip ? answer.gzipped() : answer.body;
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(answer.contentType);
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return false;
    }

    /** Whether an {@code Accept-Encoding} value allows gzip ({@code gzip;q=0} refuses it). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim().toLowerCase(java.util.Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
                return !refused(pieces);
            }
        }
        return false;
    }

    private static boolean refused(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2)) == 0;
                } catch (NumberFormatException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
