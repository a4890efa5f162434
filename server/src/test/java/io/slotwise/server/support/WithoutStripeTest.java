package io.slotwise.server.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests of a server without Stripe, as the demo runs: the whole application on H2 with no
 * payment settings. Its subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "slotwise.jobs.release-expired-cron=-", "slotwise.jobs.generate-cron=-", "slotwise.rate-limit.enabled=false"})
@Import(DatabaseTest.ClockConfig.class)
public abstract class WithoutStripeTest {

    private static final TestDatabase DATABASE = TestDatabase.fresh();

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    protected MutableClock clock;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
    }

    protected Api api() {
        return new Api("http://localhost:" + port);
    }
}
