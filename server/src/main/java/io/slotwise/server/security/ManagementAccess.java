package io.slotwise.server.security;

import io.slotwise.common.api.ErrorCode;
import io.slotwise.server.system.SlotwiseProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may read {@code /actuator/*} beyond health: this machine (Prometheus or an operator on the
 * server), or anyone sending {@code slotwise.management.token} as a bearer token. Metrics name
 * no customer, but they tell how a venue trades: not for the public. Behind a proxy on the same
 * machine the client address is the proxy's unless forwarded headers are trusted
 * ({@code server.forward-headers-strategy}; the HAProxy recipe in docs/operations.md sets it
 * and also refuses the path at the proxy).
 */
class ManagementAccess extends OncePerRequestFilter {

    private final byte[] token;
    private final JsonMapper json;

    ManagementAccess(SlotwiseProperties properties, JsonMapper json) {
        String configured = properties.management().token();
        this.token = configured == null || configured.isBlank() ? null : ("Bearer " + configured).getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (fromThisMachine(request) || bearsToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        SecurityConfig.write(response, json, ErrorCode.FORBIDDEN,
                "Metrics answer this machine, or a caller with the management token");
    }

    private boolean bearsToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return token != null && header != null && MessageDigest.isEqual(token, header.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean fromThisMachine(HttpServletRequest request) {
        try {
            // The address is numeric: no name lookup happens here.
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
