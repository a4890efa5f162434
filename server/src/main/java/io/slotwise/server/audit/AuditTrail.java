package io.slotwise.server.audit;

import io.slotwise.common.api.AuditEntry;
import io.slotwise.server.security.Caller;
import io.slotwise.server.security.Callers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an audit entry for every successful change through the staff API: before the handler
 * runs it snapshots the entity the path names, after it the answer the handler gave (or a fresh
 * snapshot when there is none). Refused and failed requests changed nothing and leave no entry.
 * Secrets in answers (issued kiosk tokens, hold tokens) are removed before anything is stored.
 */
@Component
@ControllerAdvice
public class AuditTrail implements HandlerInterceptor, ResponseBodyAdvice<Object> {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> SECRETS = Set.of("token", "holdToken", "accessToken", "password");
    /** Path variables in order of specificity: the first present names the entity touched. */
    private static final List<String> ENTITIES = List.of("holdId", "bookingId", "sessionId", "activityId", "deviceId",
            "venueId", "organizationId");
    private static final String BEFORE = AuditTrail.class.getName() + ".before";
    private static final String BODY = AuditTrail.class.getName() + ".body";

    private final AuditLog auditLog;
    /** By path variable: how each feature's entity looks, as the features registered it. */
    private final Map<String, AuditSnapshots> snapshots;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(AuditLog auditLog, List<AuditSnapshots> snapshots, JsonMapper json, Clock clock) {
        this.auditLog = auditLog;
        this.snapshots = snapshots.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                AuditSnapshots::pathVariable, s -> s));
        this.json = json;
        this.clock = clock;
    }

    /** Whether this request is a change worth an entry: a write on the staff API that access allowed, and not a preview. */
    private static boolean audited(HttpServletRequest request, Object handler) {
        return CHANGES.contains(request.getMethod()) && Callers.owningOrganization(request).isPresent()
                && !(handler instanceof org.springframework.web.method.HandlerMethod method && method.hasMethodAnnotation(NotAChange.class));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (audited(request, handler)) {
            Entity entity = entity(request);
            request.setAttribute(BEFORE, entity == null ? null : snapshot(entity));
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!audited(request, handler) || ex != null || response.getStatus() >= 300) {
            return;
        }
        try {
            Entity entity = entity(request);
            Object body = request.getAttribute(BODY);
            String after = body != null ? redacted(body) : entity == null ? null : snapshot(entity);
            Caller caller = Callers.current();
            boolean kiosk = caller instanceof Caller.Kiosk;
            UUID actorId = caller instanceof Caller.Kiosk k ? k.deviceId() : ((Caller.Staff) caller).userId();
            String actorName = caller instanceof Caller.Kiosk k ? "kiosk " + k.name() : ((Caller.Staff) caller).email();
            String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            auditLog.record(Callers.owningOrganization(request).orElseThrow(), new AuditEntry(UUID.randomUUID(),
                    clock.instant(), kiosk ? "KIOSK" : "STAFF", actorId, actorName, request.getMethod() + " " + pattern,
                    entity == null ? "unknown" : entity.type(), entity == null ? null : entity.id(),
                    (String) request.getAttribute(BEFORE), after));
        } catch (RuntimeException e) {
            // The change itself committed; a lost audit entry must be visible in the logs.
            log.error("Could not write the audit entry for {} {}", request.getMethod(), request.getRequestURI(), e);
        }
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (request instanceof ServletServerHttpRequest servlet && !returnType.hasMethodAnnotation(NotAChange.class)
                && audited(servlet.getServletRequest(), null)) {
            servlet.getServletRequest().setAttribute(BODY, body);
        }
        return body;
    }

    private record Entity(String type, UUID id) {
    }

    private static Entity entity(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> vars = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (vars == null) {
            return null;
        }
        for (String name : ENTITIES) {
            if (vars.containsKey(name)) {
                return new Entity(name.substring(0, name.length() - 2), UUID.fromString(vars.get(name)));
            }
        }
        return null;
    }

    private String snapshot(Entity entity) {
        AuditSnapshots of = snapshots.get(entity.type() + "Id");
        Object state = of == null ? null : of.snapshot(entity.id());
        return state == null ? null : redacted(state);
    }

    private String redacted(Object state) {
        JsonNode tree = json.valueToTree(state);
        if (tree instanceof ObjectNode object) {
            SECRETS.forEach(object::remove);
        }
        return json.writeValueAsString(tree);
    }
}
