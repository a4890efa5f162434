package io.slotwise.server.readcache;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReadCacheConfig {

    /** Just after Spring Security's filters: rate limits and CORS come first. */
    @Bean
    FilterRegistrationBean<PublicReadFilter> publicReadFilter(PublicReadCache cache, Clock clock, MeterRegistry meters) {
        FilterRegistrationBean<PublicReadFilter> registration = new FilterRegistrationBean<>(new PublicReadFilter(cache, clock, meters));
        registration.addUrlPatterns("/api/v1/public/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
