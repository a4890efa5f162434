package io.slotwise.server.support;

import io.slotwise.common.testing.FakeStripe;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that starts the server: the whole application on a random port, on H2 or
 * on a real PostgreSQL (see {@link TestDatabase}), with a clock the test controls. Subclasses
 * share one application context per database, so each test makes the data it needs.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Jobs run when a test calls them, so that counts a test asserts are not raced by a
        // scheduler; ScheduledJobsTest proves the schedules themselves.
        "slotwise.jobs.release-expired-cron=-",
        "slotwise.jobs.generate-cron=-",
        "slotwise.jobs.reminders-cron=-",
        "slotwise.jobs.retry-reactions-cron=-",
        "slotwise.rate-limit.enabled=false",
        // Every test client comes from 127.0.0.1, and a closed stream is noticed at the next write.
        "slotwise.events.max-subscribers-per-address=1000",
        "spring.datasource.hikari.maximum-pool-size=20",
        // Messages are delivered when a test calls the dispatcher, against TestMail.
        "slotwise.mail.dispatch-every=P3650D",
        "spring.mail.host=127.0.0.1",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=2000"})
@Import(DatabaseTest.ClockConfig.class)
public abstract class DatabaseTest {

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected Fixtures fixtures;

    @LocalServerPort
    protected int port;

    @Autowired
    private org.springframework.core.env.Environment environment;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase db = TestDatabase.fresh();
        registry.add("spring.datasource.url", db::url);
        registry.add("spring.datasource.username", db::username);
        registry.add("spring.datasource.password", db::password);
        // Online payments against a local stand-in for Stripe.
        registry.add("slotwise.payments.stripe.secret-key", () -> FakeStripe.SECRET_KEY);
        registry.add("slotwise.payments.stripe.webhook-secret", () -> FakeStripe.WEBHOOK_SECRET);
        registry.add("slotwise.payments.stripe.api-base", () -> FakeStripe.shared().url());
        registry.add("spring.mail.port", () -> TestMail.shared().port());
    }

    @BeforeEach
    void realTime() {
        clock.reset();
    }

    /**
     * Spring command-line arguments that point another server instance (a context or a process
     * a test starts) at this test's database, as instances sharing one database are.
     */
    protected java.util.List<String> sameDatabaseArguments() {
        org.springframework.core.env.Environment env = environment;
        return java.util.List.of("--spring.datasource.url=" + env.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + env.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + env.getProperty("spring.datasource.password", ""));
    }

    protected Api api() {
        return new Api("http://localhost:" + port);
    }

    @TestConfiguration(proxyBeanMethods = false)
    @Import(Fixtures.class)
    public static class ClockConfig {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }
}
