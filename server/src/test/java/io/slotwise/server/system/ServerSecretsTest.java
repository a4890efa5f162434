package io.slotwise.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.Together;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several instances creating the same secret at once, each inside a transaction that goes on
 * afterwards (as the first booking does with the manage-link key): all get the one key, and no
 * transaction is spoiled by the losers' inserts (on PostgreSQL a failed statement aborts it).
 */
class ServerSecretsTest extends DatabaseTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void instancesCreatingOneKeyAtOnceAllGetItAndTheirTransactionsGoOn() throws Exception {
        for (int round = 0; round < 5; round++) {
            String name = "race-" + UUID.randomUUID();
            List<String> keys = new CopyOnWriteArrayList<>();
            Together.run(12, instance -> transactions.executeWithoutResult(tx -> {
                ServerSecrets ofThisInstance = new ServerSecrets(jdbc);
                keys.add(java.util.Base64.getEncoder().encodeToString(ofThisInstance.key(name)));
                // The transaction carries on after the key, as a booking's does.
                assertThat(jdbc.sql("SELECT COUNT(*) FROM server_secrets WHERE name = :name").param("name", name)
                        .query(Integer.class).single()).isEqualTo(1);
            }));

            assertThat(keys).hasSize(12);
            assertThat(keys.stream().distinct()).hasSize(1);
        }
    }
}
