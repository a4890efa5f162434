package io.slotwise.server.web;

import java.net.URI;

/** Where a picture shown to customers may come from: any web address, or a path on this server. */
public final class ImageAddresses {

    public static final String RULE = "must be an https:// or http:// address, or a path on this server such as /images/room.jpg";

    private ImageAddresses() {
    }

    /** An https or http address with a host, or a path on this server that does not climb out of it. */
    public static boolean valid(String value) {
        if (value.length() > 1000) {
            return false;
        }
        if (value.startsWith("/") && !value.startsWith("//")) {
            return !value.contains("..");
        }
        try {
            URI uri = URI.create(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
