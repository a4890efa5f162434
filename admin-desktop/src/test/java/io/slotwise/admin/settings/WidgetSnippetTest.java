package io.slotwise.admin.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WidgetSnippetTest {

    @Test
    void namesTheEmbedKeyAndTheServersEmbedScript() {
        assertThat(WidgetSnippet.of("https://book.example.com/", "k3y_AB-9")).isEqualTo("""
                <div data-slotwise-calendar="k3y_AB-9"></div>
                <script src="https://book.example.com/embed.js" async></script>""");
    }

    @Test
    void aServerWithoutATrailingSlashOrUnderAPathGetsOneSlash() {
        assertThat(WidgetSnippet.of("http://localhost:8080", "demo")).contains("src=\"http://localhost:8080/embed.js\"");
        assertThat(WidgetSnippet.of("https://example.com/slotwise/", "demo")).contains("src=\"https://example.com/slotwise/embed.js\"");
    }

    @Test
    void attributeValuesAreEscapedAndNoKeyMeansNoSnippet() {
        assertThat(WidgetSnippet.of("https://example.com/", "a\"b<c>&")).contains("data-slotwise-calendar=\"a&quot;b&lt;c&gt;&amp;\"");
        assertThat(WidgetSnippet.of("https://example.com/", "")).isEmpty();
        assertThat(WidgetSnippet.of("https://example.com/", null)).isEmpty();
    }

    @Test
    void auditStatesAreIndentedAndAMissingOneIsSaidSo() {
        assertThat(AuditModel.pretty("{\"name\":\"Downtown\",\"allowedOrigins\":[]}")).contains("\n").contains("\"name\" : \"Downtown\"");
        assertThat(AuditModel.pretty(null)).isEqualTo("(none)");
        assertThat(AuditModel.pretty("null")).isEqualTo("(none)");
        assertThat(AuditModel.pretty("not json")).isEqualTo("not json");
    }

    @Test
    void originsAreTheNonBlankLinesTrimmed() {
        assertThat(VenueModel.lines(" https://a.example \n\n  \nhttps://b.example")).containsExactly("https://a.example", "https://b.example");
        assertThat(VenueModel.lines(null)).isEmpty();
    }
}
