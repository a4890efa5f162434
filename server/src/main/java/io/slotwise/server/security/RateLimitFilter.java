package io.slotwise.server.security;

import io.slotwise.common.api.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rate limits of the public API and login per client address: {@code 429} with
 * {@code Retry-After} and code {@code RATE_LIMITED} once a bucket is empty. The address is the
 * connection's; behind a proxy, set {@code server.forward-headers-strategy} so it is the client's.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final JsonMapper json;

    RateLimitFilter(RateLimits limits, JsonMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Stripe's notices come from a few addresses in bursts; their signature, not a limit, guards them.
        return !limits.enabled() || !SecurityPaths.isPublic(request) || "OPTIONS".equals(request.getMethod())
                || SecurityPaths.isPaymentWebhook(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimits.Kind kind = SecurityPaths.isLogin(request) ? RateLimits.Kind.LOGIN
                : "GET".equals(request.getMethod()) ? RateLimits.Kind.READ : RateLimits.Kind.WRITE;
        OptionalLong wait = limits.spend(kind, request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
            SecurityConfig.write(response, json, ErrorCode.RATE_LIMITED, "Too many requests; retry in "
                    + wait.getAsLong() + " s");
            return;
        }
        chain.doFilter(request, response);
    }
}
