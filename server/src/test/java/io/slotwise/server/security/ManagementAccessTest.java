package io.slotwise.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.server.system.SlotwiseProperties;
import jakarta.servlet.FilterChain;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Who may read metrics: this machine, or a caller with the management token; health is for everyone. */
class ManagementAccessTest {

    private final ManagementAccess access = new ManagementAccess(properties("s3cret-token-for-metrics"), JsonMapper.builder().build());

    @Test
    void metricsAnswerThisMachine() throws Exception {
        assertThat(passes("127.0.0.1", "/actuator/prometheus", null)).isTrue();
        assertThat(passes("0:0:0:0:0:0:0:1", "/actuator/prometheus", null)).isTrue();
    }

    @Test
    void metricsRefuseOtherAddressesWithoutTheToken() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(passes("203.0.113.9", "/actuator/prometheus", null, response)).isFalse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString()).contains("\"code\":\"FORBIDDEN\"");
        assertThat(passes("203.0.113.9", "/actuator/prometheus", "Bearer wrong")).isFalse();
        assertThat(passes("203.0.113.9", "/actuator/prometheus", "s3cret-token-for-metrics")).as("not as a bearer token").isFalse();
    }

    @Test
    void metricsAnswerTheTokenFromAnywhere() throws Exception {
        assertThat(passes("203.0.113.9", "/actuator/prometheus", "Bearer s3cret-token-for-metrics")).isTrue();
    }

    @Test
    void withoutATokenConfiguredOnlyThisMachineReadsMetrics() throws Exception {
        ManagementAccess noToken = new ManagementAccess(properties(""), JsonMapper.builder().build());
        MockHttpServletRequest request = request("203.0.113.9", "/actuator/prometheus", "Bearer ");
        AtomicBoolean passed = new AtomicBoolean();

        noToken.doFilter(request, new MockHttpServletResponse(), (req, res) -> passed.set(true));

        assertThat(passed).isFalse();
    }

    @Test
    void healthAnswersEveryone() throws Exception {
        assertThat(passes("203.0.113.9", "/actuator/health", null)).isTrue();
        assertThat(passes("203.0.113.9", "/actuator/health/readiness", null)).isTrue();
    }

    private boolean passes(String address, String path, String authorization) throws Exception {
        return passes(address, path, authorization, new MockHttpServletResponse());
    }

    private boolean passes(String address, String path, String authorization, MockHttpServletResponse response) throws Exception {
        AtomicBoolean passed = new AtomicBoolean();
        FilterChain chain = (req, res) -> passed.set(true);
        access.doFilter(request(address, path, authorization), response, chain);
        return passed.get();
    }

    private static MockHttpServletRequest request(String address, String path, String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    private static SlotwiseProperties properties(String token) {
        return new Binder(new MapConfigurationPropertySource(java.util.Map.of("slotwise.management.token", token)))
                .bindOrCreate("slotwise", Bindable.of(SlotwiseProperties.class));
    }
}
