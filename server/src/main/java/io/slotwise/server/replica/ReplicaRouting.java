package io.slotwise.server.replica;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With {@code slotwise.datasource.replica-url} set, puts {@link ReplicaRoutingDataSource} in front
 * of Spring Boot's data source (after its pool settings are bound), so every user of the data
 * source (JPA, JDBC, Flyway, the jobs' locks, the event relay) keeps the primary, and only reads
 * marked with {@link ReplicaReads} may go elsewhere.
 */
@Component
class ReplicaRouting implements BeanPostProcessor {

    private final Environment environment;
    private final ObjectProvider<Replica> replica;

    ReplicaRouting(Environment environment, ObjectProvider<Replica> replica) {
        this.environment = environment;
        this.replica = replica;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource primary && "dataSource".equals(beanName)
                && !environment.getProperty("slotwise.datasource.replica-url", "").isBlank()) {
            return new ReplicaRoutingDataSource(primary, replica);
        }
        return bean;
    }
}
