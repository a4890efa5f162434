package io.slotwise.kiosk.setup;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The staff PIN that leaves kiosk mode, kept only as a salted PBKDF2 hash: the config file sits on
 * a machine in a public room, so it must not reveal the PIN to whoever copies it.
 * Format: {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64).
 */
public final class PinHash {

    private static final int ITERATIONS = 120_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PinHash() {
    }

    /** Four to twelve digits: easy on a touch keypad, hard enough with the kiosk's tap limits. */
    public static boolean acceptable(String pin) {
        return pin != null && pin.matches("\\d{4,12}");
    }

    public static String of(String pin) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return "pbkdf2-sha256$" + ITERATIONS + "$" + b64(salt) + "$" + b64(derive(pin, salt, ITERATIONS));
    }

    public static boolean matches(String pin, String stored) {
        if (pin == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(pin, salt, Integer.parseInt(parts[1])));
        } catch (IllegalArgumentException e) {
            return false; // a damaged file: no PIN matches, the kiosk stays locked
        }
    }

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}
