package io.slotwise.server.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The audit trail watches the staff API after the access check (which runs first of all). */
@Configuration(proxyBeanMethods = false)
class AuditConfig implements WebMvcConfigurer {

    private final AuditTrail audit;

    AuditConfig(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(audit).addPathPatterns("/api/v1/**");
    }
}
