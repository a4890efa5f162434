package io.slotwise.server.session;

import io.slotwise.common.api.GenerateSessionsRequest;
import io.slotwise.common.api.GenerationResult;
import io.slotwise.common.api.SessionChange;
import io.slotwise.common.api.StaffSessionView;
import io.slotwise.server.web.DomainException;
import java.time.LocalDate;
import java.util.List;
import io.slotwise.server.security.Role;
import io.slotwise.server.security.Guarded;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for sessions: generation, the day board, capacity and blocking. */
@RestController
@RequestMapping("/api/v1")
class SessionController {

    private final SessionService sessions;
    private final SessionViews views;
    private final SessionGenerator generator;

    SessionController(SessionService sessions, SessionViews views, SessionGenerator generator) {
        this.sessions = sessions;
        this.views = views;
        this.generator = generator;
    }

    @Guarded(Role.STAFF)
    @PostMapping("/activities/{activityId}/sessions/generate")
    GenerationResult generate(@PathVariable UUID activityId, @RequestBody GenerateSessionsRequest request) {
        if (request == null) {
            throw DomainException.invalid("startDate", "is required");
        }
        return generator.generate(activityId, request.startDate(), request.daysAhead());
    }

    @Guarded(Role.STAFF)
    @GetMapping("/venues/{venueId}/sessions")
    List<StaffSessionView> list(@PathVariable UUID venueId,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return views.staffSessions(venueId, from, to);
    }

    @Guarded(Role.STAFF)
    @PatchMapping("/sessions/{sessionId}")
    StaffSessionView change(@PathVariable UUID sessionId, @RequestBody SessionChange change) {
        return sessions.change(sessionId, change);
    }
}
