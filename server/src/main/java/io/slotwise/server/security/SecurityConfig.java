package io.slotwise.server.security;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.server.system.SlotwiseProperties;
import io.slotwise.server.web.ProblemDetailsAdvice;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Security for the API: stateless bearer tokens (staff JWTs or kiosk device tokens) on
 * the staff API, nothing on the public API and login. Which caller may touch which resource is
 * decided by {@link AccessInterceptor}, per {@link Guarded} endpoint.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig implements WebMvcConfigurer {

    /** API answers are data: nothing in them may load, run or be framed. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    private final AccessInterceptor access;

    SecurityConfig(AccessInterceptor access) {
        this.access = access;
    }

    /**
     * The public API and login: nobody is authenticated there, so the chain keeps only rate
     * limits and what protects the response (security headers); the hottest endpoints skip the
     * filters the staff API needs.
     */
    /**
     * No observation (timing, tracing) of each security filter for each request: with metrics on,
     * Spring Security would wrap every filter of every request in one, the largest cost of a hold
     * after the database. Requests are still timed as a whole ({@code http_server_requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Health for anyone (load balancers); the rest of actuator for this machine or the management token. */
    @Bean
    @Order(0)
    SecurityFilterChain management(HttpSecurity http, SlotwiseProperties properties, JsonMapper json) throws Exception {
        http.securityMatcher("/actuator/**")
                .addFilterBefore(new ManagementAccess(properties, json), org.springframework.security.web.header.HeaderWriterFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .sessionManagement(AbstractHttpConfigurer::disable)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP)));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain publicApi(HttpSecurity http, RateLimits limits, JsonMapper json, VenueCors cors) throws Exception {
        http.securityMatcher(SecurityPaths.PUBLIC + "**", SecurityPaths.LOGIN, SecurityPaths.PAYMENT_WEBHOOK)
                .cors(c -> c.configurationSource(cors))
                .addFilterBefore(new RateLimitFilter(limits, json), org.springframework.security.web.header.HeaderWriterFilter.class)
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .sessionManagement(AbstractHttpConfigurer::disable)
                .exceptionHandling(AbstractHttpConfigurer::disable)
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, CallerTokenAuthentication tokens, JsonMapper json, WidgetFraming framing) throws Exception {
        ProviderManager bearer = new ProviderManager(List.of(tokens));
        AuthenticationEntryPoint unauthenticated = (request, response, e) ->
                write(response, json, ErrorCode.UNAUTHENTICATED, "A valid bearer token is required");
        AccessDeniedHandler denied = (request, response, e) ->
                write(response, json, ErrorCode.FORBIDDEN, "Not allowed");
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(SecurityPaths.PUBLIC + "**", SecurityPaths.LOGIN, SecurityPaths.PAYMENT_WEBHOOK).permitAll()
                        .requestMatchers(SecurityPaths.API + "**").authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(o -> o
                        .authenticationManagerResolver(request -> bearer)
                        .bearerTokenResolver(staffApiTokens())
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                // Only API answers get the no-content policy; pages such as the API explorer need scripts.
                // The widget may be framed by its venue's sites; every other page by nobody.
                .headers(h -> h.frameOptions(f -> f.disable()).addHeaderWriter(framing).addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        request -> request.getRequestURI().startsWith(SecurityPaths.API),
                        new StaticHeadersWriter("Content-Security-Policy", API_CSP))));
        return http.build();
    }

    /**
     * URLs the firewall refuses (encoded slashes, "..", and the like) name nothing: the same
     * problem answer as any unknown address, instead of the servlet container's error page.
     */
    @Bean
    RequestRejectedHandler requestRejected(JsonMapper json) {
        return (request, response, e) -> write(response, json, ErrorCode.NOT_FOUND, "Nothing exists at this address");
    }

    /** Tokens count on the staff API only; a stale token sent to the public API is ignored. */
    private static BearerTokenResolver staffApiTokens() {
        DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();
        return request -> SecurityPaths.needsToken(request) ? standard.resolve(request) : null;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // First of all interceptors: only what it allowed reaches the others (the audit trail among them).
        registry.addInterceptor(access).addPathPatterns(SecurityPaths.API + "**").order(Ordered.HIGHEST_PRECEDENCE);
    }

    static void write(HttpServletResponse response, JsonMapper json, ErrorCode code, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetailsAdvice.problem(code, detail, List.of()).getBody();
        response.setStatus(code.httpStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
