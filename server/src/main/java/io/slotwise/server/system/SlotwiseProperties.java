package io.slotwise.server.system;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code slotwise.*} settings. Job schedules are read directly by the jobs' {@code @Scheduled}
 * expressions; they are listed here so that they are documented and bound in one place.
 */
@ConfigurationProperties(prefix = "slotwise")
public record SlotwiseProperties(
        @DefaultValue("false") boolean demo,
        @DefaultValue("PT10M") Duration holdDuration,
        @DefaultValue Jobs jobs,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue Security security,
        @DefaultValue Bootstrap bootstrap,
        @DefaultValue Payments payments,
        @DefaultValue Mail mail,
        @DefaultValue PublicCache publicCache,
        @DefaultValue Management management,
        @DefaultValue Datasource datasource) {

    /**
     * A PostgreSQL read replica of {@code spring.datasource.url} for the public reads (never a
     * hold's decision), used only once it has replayed every change the instance has heard of.
     * None when {@code replicaUrl} is empty. User and password default to the primary's.
     */
    public record Datasource(String replicaUrl, String replicaUsername, String replicaPassword) {
    }

    /**
     * Public reads (venue, activity, sessions, availability) answered from memory. An answer goes
     * as soon as a committed change of its venue reaches this instance; {@code maxAge} bounds it
     * anyway (for changes made behind the server's back, e.g. by hand in the database).
     */
    public record PublicCache(@DefaultValue("true") boolean enabled, @DefaultValue("PT5M") Duration maxAge,
            @DefaultValue("64") int maxMegabytes) {
    }

    /**
     * {@code /actuator/prometheus} answers requests from this machine, and others that send
     * {@code token} as a bearer token (none when empty).
     */
    public record Management(String token) {
    }

    /**
     * Mails to customers. They are sent through Spring's {@code spring.mail.*} server; without
     * {@code spring.mail.host} they wait in the outbox. {@code dispatchEvery} is how often the
     * outbox is looked at.
     */
    public record Mail(@DefaultValue("bookings@localhost") String from, @DefaultValue("PT24H") Duration reminderBefore,
            @DefaultValue("PT5S") Duration dispatchEvery) {
    }

    /**
     * Online payments. Without a Stripe secret key, prepaid activities cannot be paid online (the
     * API says so plainly) and pay-at-venue booking works as ever. {@code publicUrl} is where
     * customers reach this server (for the pages Stripe sends them back to); empty means the
     * address of the request that started the payment.
     */
    public record Payments(@DefaultValue Stripe stripe, String publicUrl) {

        /** {@code apiBase} is for tests and proxies; empty means Stripe's own. */
        public record Stripe(String secretKey, String webhookSecret, String apiBase) {

            public boolean configured() {
                return secretKey != null && !secretKey.isBlank();
            }
        }
    }

    public record Jobs(
            @DefaultValue("0 * * * * *") String releaseExpiredCron,
            @DefaultValue("0 0 2 * * *") String generateCron,
            @DefaultValue("30") int generateDaysAhead) {
    }

    /**
     * Public rate limits per client address, per minute: reads, holds (and every other write of
     * the public API), and login attempts. Wrong passwords are slowed down per address and
     * account on top of that ({@code security.LoginThrottle}).
     */
    public record RateLimit(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("300") int readsPerMinute,
            @DefaultValue("20") int holdsPerMinute,
            @DefaultValue("10") int loginsPerMinute,
            @DefaultValue("10") int codesPerMinute) {
    }

    /**
     * Staff access tokens: signed with {@code tokenKey} (at least 32 characters) when set, else
     * with a key generated on first start and kept in the database; valid for {@code tokenTtl}.
     */
    public record Security(String tokenKey, @DefaultValue("PT12H") Duration tokenTtl) {
    }

    /**
     * The first owner of a fresh installation: when all three are set and no staff account exists
     * yet, the organization and its owner are created at start-up.
     */
    public record Bootstrap(String organization, String ownerEmail, String ownerPassword) {
    }
}
