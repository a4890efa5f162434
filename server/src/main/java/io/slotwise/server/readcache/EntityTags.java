package io.slotwise.server.readcache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Strong entity tags for answers, and {@code If-None-Match} as RFC 9110 reads it (weak comparison). */
final class EntityTags {

    /** The tag of the gzip-compressed form: another representation, the same content. */
    static final String GZIP_SUFFIX = "-gz";

    private EntityTags() {
    }

    /** A quoted tag from the body's SHA-256 (the first 16 bytes are plenty to tell answers apart). */
    static String of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            byte[] head = new byte[16];
            System.arraycopy(digest, 0, head, 0, head.length);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(head) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String gzipped(String tag) {
        return tag.substring(0, tag.length() - 1) + GZIP_SUFFIX + '"';
    }

    /**
     * Whether {@code ifNoneMatch} (a header value: {@code *} or a list of tags) names {@code tag}
     * in either representation. Weak comparison: {@code W/} is ignored, as RFC 9110 asks for
     * {@code If-None-Match}.
     */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String plain = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*")) {
                return true;
            }
            String opaque = opaque(c);
            if (opaque.equals(plain) || opaque.equals(plain + GZIP_SUFFIX)) {
                return true;
            }
        }
        return false;
    }

    /** The tag without {@code W/} and quotes. */
    private static String opaque(String tag) {
        String t = tag.startsWith("W/") ? tag.substring(2) : tag;
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }
}
