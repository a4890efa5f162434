package io.slotwise.server.events;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Picks how signals travel: through PostgreSQL between instances, or in-process. */
@Configuration(proxyBeanMethods = false)
class EventsConfig {

    @Bean
    SignalTransport signalTransport(DataSource dataSource, JdbcClient jdbc, EventHub hub, SignalCodec codec) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return new PostgresTransport(dataSource, jdbc, hub, codec);
            }
        }
        return new LocalTransport(hub);
    }
}
