package io.slotwise.server.booking;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * Booking numbers such as {@code SW-7K3M9Q}: short enough to read over the phone, from an
 * alphabet without look-alikes (no 0/O, 1/I/L), random so they reveal nothing about volume.
 * 31^6 (about 887 million) numbers; the database's unique constraint settles the rare collision.
 */
public final class BookingNumbers {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final String PREFIX = "SW-";
    static final int LENGTH = 6;

    private final RandomGenerator random;

    public BookingNumbers() {
        this(new SecureRandom());
    }

    BookingNumbers(RandomGenerator random) {
        this.random = random;
    }

    public String next() {
        StringBuilder number = new StringBuilder(PREFIX.length() + LENGTH).append(PREFIX);
        for (int i = 0; i < LENGTH; i++) {
            number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }

    /** Whether {@code text} has the shape of a booking number (case-insensitive). */
    public static boolean looksLikeOne(String text) {
        if (text == null || text.length() != PREFIX.length() + LENGTH
                || !text.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        return text.substring(PREFIX.length()).toUpperCase().chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
