package io.slotwise.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table belongs to one module, which alone writes it. Another module may read it only in a
 * class marked {@code @ReadModel}, which says why. Read from the sources: SQL lives in strings,
 * where neither the compiler nor the module check can see it. A new table must be given an owner
 * here before any class may use it.
 */
class TableOwnershipTest {

    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("organizations", "organization"),
            Map.entry("staff_users", "organization"),
            Map.entry("memberships", "organization"),
            Map.entry("invitations", "organization"),
            Map.entry("venues", "venue"),
            Map.entry("activities", "activity"),
            Map.entry("activity_price_categories", "activity"),
            Map.entry("activity_group_prices", "activity"),
            Map.entry("activity_resources", "activity"),
            Map.entry("resources", "resource"),
            Map.entry("resource_occupancy", "resource"),
            Map.entry("activity_sessions", "session"),
            Map.entry("slot_reservations", "reservation"),
            Map.entry("bookings", "booking"),
            Map.entry("customers", "booking"),
            Map.entry("checkout_sessions", "payment"),
            Map.entry("payment_events", "payment"),
            Map.entry("payment_mismatches", "payment"),
            Map.entry("kiosk_devices", "kiosk"),
            Map.entry("audit_log", "audit"),
            Map.entry("messages", "message"),
            Map.entry("message_attempts", "message"),
            Map.entry("webhooks", "message"),
            Map.entry("revoked_tokens", "login"),
            Map.entry("server_secrets", "system"),
            Map.entry("shedlock", "system"),
            Map.entry("rate_limit_buckets", "security"),
            Map.entry("promo_codes", "promotion"),
            Map.entry("promo_code_activities", "promotion"),
            Map.entry("promo_code_uses", "promotion"),
            Map.entry("gift_cards", "giftcard"),
            Map.entry("gift_card_ledger", "giftcard"),
            Map.entry("gift_card_holds", "giftcard"),
            Map.entry("event_publication", "system"));

    static final Path SOURCES = Path.of("src", "main", "java", "io", "slotwise", "server");
    static final Pattern WRITE = Pattern.compile("\\b(?:(?<!FOR )UPDATE|INSERT\\s+INTO|DELETE\\s+FROM|MERGE\\s+INTO)\\s+(\\w+)",
            0);
    static final Pattern READ = Pattern.compile("\\b(?:FROM|JOIN)\\s+(\\w+)");
    static final Pattern ENTITY_TABLE = Pattern.compile("@Table\\(name\\s*=\\s*\"(\\w+)\"");

    record Use(String module, String file, String table, boolean write) {
    }

    @Test
    void everyTableIsWrittenOnlyByItsModuleAndReadElsewhereOnlyByReadModels() throws IOException {
        List<Use> uses = uses();
        assertThat(uses).as("the scan finds the SQL at all").hasSizeGreaterThan(30);
        List<String> problems = new ArrayList<>();
        for (Use use : uses) {
            String owner = OWNERS.get(use.table());
            if (owner == null) {
                problems.add(use.file() + " uses " + use.table() + ", which has no owner here");
            } else if (!owner.equals(use.module())) {
                if (use.write()) {
                    problems.add(use.file() + " writes " + use.table() + " of module " + owner);
                } else if (!readModel(use.file())) {
                    problems.add(use.file() + " reads " + use.table() + " of module " + owner + " without being a @ReadModel");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theScanSeesWritesAndReadsAcrossModules() {
        // The patterns themselves, on SQL as the code writes it.
        assertThat(tables(WRITE, "jdbc.sql(\"UPDATE bookings SET x = 1\")")).containsExactly("bookings");
        assertThat(tables(WRITE, "\"\"\"\n  INSERT INTO activity_sessions\n (id)")).containsExactly("activity_sessions");
        assertThat(tables(READ, "FROM activity_sessions s JOIN activities a ON")).containsExactly("activity_sessions", "activities");
        String source = "// one conditional UPDATE from HELD\n jdbc.sql(\"DELETE FROM bookings WHERE id = :id\");";
        assertThat(tables(WRITE, sqlOf(source))).as("comments are not SQL").containsExactly("bookings");
        assertThat(tables(WRITE, sqlOf("jdbc.sql(\"SELECT id FROM venues WHERE id = :id FOR UPDATE\").param(\"id\", id)")))
                .as("a row lock is a read").isEmpty();
    }

    private static List<Use> uses() throws IOException {
        List<Use> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                String source = Files.readString(file);
                String text = sqlOf(source);
                String name = SOURCES.relativize(file).toString();
                tables(WRITE, text).forEach(t -> uses.add(new Use(module, name, t, true)));
                tables(READ, text).stream().filter(OWNERS::containsKey).forEach(t -> uses.add(new Use(module, name, t, false)));
                tables(ENTITY_TABLE, source).forEach(t -> uses.add(new Use(module, name, t, true)));
            }
        }
        return uses;
    }

    static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\n]|\\\\.)*)\"");

    /** The string literals of a source file, where its SQL is; comments and code are left out. */
    static String sqlOf(String source) {
        StringBuilder sql = new StringBuilder();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        while (blocks.find()) {
            sql.append(blocks.group(1)).append("\n;\n"); // so that no statement runs into the next literal
        }
        Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(source).replaceAll(""));
        while (strings.find()) {
            sql.append(strings.group(1)).append("\n;\n");
        }
        return sql.toString();
    }

    private static List<String> tables(Pattern pattern, String text) {
        List<String> tables = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            tables.add(m.group(1).toLowerCase());
        }
        return tables;
    }

    private static boolean readModel(String file) {
        try {
            return Files.readString(SOURCES.resolve(file)).contains("@ReadModel(");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
