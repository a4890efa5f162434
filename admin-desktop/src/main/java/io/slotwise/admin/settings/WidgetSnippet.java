package io.slotwise.admin.settings;

/**
 * The HTML a venue pastes into its own website to show its booking calendar: an element naming
 * the venue's embed key and the server's {@code embed.js}, which puts the widget in its place.
 */
public final class WidgetSnippet {

    private WidgetSnippet() {
    }

    /** The snippet for the server at {@code baseUrl} (e.g. {@code https://book.example.com/}) and a venue's embed key. */
    public static String of(String baseUrl, String embedKey) {
        if (embedKey == null || embedKey.isBlank()) {
            return "";
        }
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return "<div data-slotwise-calendar=\"" + attribute(embedKey) + "\"></div>\n"
                + "<script src=\"" + attribute(base + "embed.js") + "\" async></script>";
    }

    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
