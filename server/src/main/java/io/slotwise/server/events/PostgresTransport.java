package io.slotwise.server.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several instances on one PostgreSQL: signals are sent with {@code NOTIFY} inside the
 * committing transaction (PostgreSQL delivers them only if it commits, and in commit order),
 * and every instance, this one included, receives them on a {@code LISTEN} connection. After
 * the listening connection is lost and re-made, subscribers are told to resync, since
 * notifications sent meanwhile are gone.
 */
final class PostgresTransport implements SignalTransport, SmartLifecycle {

    static final String CHANNEL = "slotwise_events";
    /** NOTIFY payloads must stay under 8000 bytes. */
    static final int MAX_PAYLOAD = 7000;

    private static final Logger log = LoggerFactory.getLogger(PostgresTransport.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final EventHub hub;
    private final SignalCodec codec;
    private volatile CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;

    PostgresTransport(DataSource dataSource, JdbcClient jdbc, EventHub hub, SignalCodec codec) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.hub = hub;
        this.codec = codec;
    }

    @Override
    public void beforeCommit(List<Signal> signals) {
        notify(signals);
    }

    @Override
    public void afterCommit(List<Signal> signals) {
        // Delivered through LISTEN, like every other instance's signals.
    }

    @Override
    public void send(List<Signal> signals) {
        notify(signals);
    }

    private void notify(List<Signal> signals) {
        for (String payload : payloads(signals)) {
            jdbc.sql("SELECT pg_notify(:channel, :payload)").param("channel", CHANNEL).param("payload", payload)
                    .query(rs -> { });
        }
    }

    /** The signals in as few payloads as fit the size limit. */
    private List<String> payloads(List<Signal> signals) {
        List<String> payloads = new ArrayList<>();
        List<Signal> chunk = new ArrayList<>();
        for (Signal signal : signals) {
            chunk.add(signal);
            if (chunk.size() > 1 && codec.write(chunk).length() > MAX_PAYLOAD) {
                chunk.remove(chunk.size() - 1);
                payloads.add(codec.write(chunk));
                chunk = new ArrayList<>(List.of(signal));
            }
        }
        if (!chunk.isEmpty()) {
            payloads.add(codec.write(chunk));
        }
        return payloads;
    }

    @Override
    public void start() {
        stopped = new CountDownLatch(1);
        running = true;
        listener = new Thread(this::listen, "event-relay");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        stopped.countDown();
    }

    @Override
    public boolean connected() {
        return listening;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("LISTEN " + CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                listening = true;
                // Also the first time: what was rendered or kept before anything could be heard is not trusted.
                hub.hearing(true);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            hub.receive(codec.read(n.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (listening) {
                    hub.hearing(false);
                }
                listening = false;
                if (!running) {
                    return;
                }
                log.warn("Event relay lost its PostgreSQL connection; reconnecting", e);
                try {
                    // Waits for stop() or one second, whichever comes first, before trying again.
                    if (stopped.await(1, TimeUnit.SECONDS)) {
                        return;
                    }
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
