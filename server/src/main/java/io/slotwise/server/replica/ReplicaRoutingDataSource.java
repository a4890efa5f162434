package io.slotwise.server.replica;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source when a read replica is configured: a connection asked for inside
 * {@link ReplicaReads#allow()} comes from the replica if it has replayed every change this
 * instance has heard of, every other one from the primary. The decision is taken per connection,
 * so a transaction reads one server only.
 */
class ReplicaRoutingDataSource extends DelegatingDataSource {

    private final ObjectProvider<Replica> replica;

    ReplicaRoutingDataSource(DataSource primary, ObjectProvider<Replica> replica) {
        super(primary);
        this.replica = replica;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (ReplicaReads.allowed()) {
            Connection caughtUp = replica.getObject().connectionIfCaughtUp();
            if (caughtUp != null) {
                return caughtUp;
            }
        }
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // Asked for with explicit credentials: someone wants that server in particular.
        return super.getConnection(username, password);
    }
}
