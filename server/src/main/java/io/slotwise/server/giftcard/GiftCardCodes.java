package io.slotwise.server.giftcard;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Gift card codes: sixteen characters in four groups ({@code 7K3M-9QXP-2HDT-WV4B}), about 80
 * random bits, so that a balance cannot be found by guessing even without the rate limit. The
 * alphabet leaves out characters read alike (0/O, 1/I/L); spaces, dashes and case do not matter
 * when a code is typed in.
 */
final class GiftCardCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private GiftCardCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return grouped(code.toString());
    }

    /** The code as stored, however it was typed; null for anything that cannot be a code. */
    static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (plain.length() != LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return grouped(plain);
    }

    private static String grouped(String plain) {
        return String.join("-", plain.substring(0, 4), plain.substring(4, 8), plain.substring(8, 12), plain.substring(12));
    }
}
