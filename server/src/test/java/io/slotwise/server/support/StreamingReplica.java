package io.slotwise.server.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A hot standby of an embedded PostgreSQL server, streaming its changes as a production read
 * replica does: a base backup taken with the low-level backup functions (the embedded binaries
 * have no {@code pg_basebackup}), a replication slot so the primary keeps the WAL it needs, and
 * {@code standby.signal}.
 */
public final class StreamingReplica {

    /** What the base backup leaves out: the server's own run files, and what a standby makes afresh. */
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp");

    private StreamingReplica() {
    }

    /** Starts a standby of {@code primary}, whose data directory is {@code primaryData}. */
    public static EmbeddedPostgres of(EmbeddedPostgres primary, Path primaryData) throws IOException, SQLException {
        Path data = Files.createTempDirectory("slotwise-replica-pg");
        try (Connection c = primary.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_create_physical_replication_slot('replica', true)");
            s.execute("SELECT pg_backup_start('replica', true)");
            copy(primaryData, data);
            try (ResultSet stop = s.executeQuery("SELECT labelfile, spcmapfile FROM pg_backup_stop(false)")) {
                stop.next();
                Files.writeString(data.resolve("backup_label"), stop.getString(1));
                String tablespaces = stop.getString(2);
                if (tablespaces != null && !tablespaces.isEmpty()) {
                    Files.writeString(data.resolve("tablespace_map"), tablespaces);
                }
            }
        }
        Files.createFile(data.resolve("standby.signal"));
        Files.writeString(data.resolve("postgresql.auto.conf"), """
                primary_conninfo = 'host=localhost port=%d user=postgres'
                primary_slot_name = 'replica'
                """.formatted(primary.getPort()), StandardOpenOption.APPEND);
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
    }

    /** Stops replay, and waits until it has really stopped (a pause asked for takes effect at the next record). */
    public static void pauseReplay(EmbeddedPostgres replica) throws SQLException {
        try (Connection c = replica.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_wal_replay_pause()");
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> replayPaused(replica));
    }

    public static void resumeReplay(EmbeddedPostgres replica) throws SQLException {
        try (Connection c = replica.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_wal_replay_resume()");
        }
    }

    private static boolean replayPaused(EmbeddedPostgres replica) throws SQLException {
        try (Connection c = replica.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT pg_get_wal_replay_pause_state()")) {
            rs.next();
            return rs.getString(1).equals("paused");
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(file -> {
                Path relative = from.relativize(file);
                if (LEFT_OUT.contains(relative.toString())
                        || (relative.getNameCount() > 1 && EMPTIED.contains(relative.getName(0).toString())
                                && !relative.toString().equals("pg_wal/archive_status"))) {
                    return;
                }
                try {
                    Path target = to.resolve(relative.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                } catch (NoSuchFileException gone) {
                    // A temporary file the running server removed meanwhile: a base backup may miss it.
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
