package io.slotwise.server.system;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the server: everything asks it for "now", so tests can move time. */
@Configuration(proxyBeanMethods = false)
public class TimeConfig {

    /** UTC with microsecond ticks: the precision the databases keep, so stored times read back equal. */
    @Bean
    Clock clock() {
        return new MicrosecondClock(Clock.systemUTC());
    }
}
