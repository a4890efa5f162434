package io.slotwise.server.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Conversions for plain-SQL stores. Instants travel as UTC {@link OffsetDateTime}, the type both
 * the PostgreSQL and the H2 drivers map to {@code timestamp with time zone}.
 */
public final class Sql {

    private Sql() {
    }

    /**
     * An instant as a statement parameter, truncated to the microseconds both databases store.
     * Truncation (where a driver or server would round) keeps every comparison in SQL in
     * agreement with the same comparison made in Java on the values read back.
     */
    public static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    /** Whether the failure is a unique-constraint violation whose name contains {@code constraint}. */
    public static boolean violates(DataIntegrityViolationException e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase().contains(constraint.toLowerCase())) {
                return true;
            }
        }
        return false;
    }
}
