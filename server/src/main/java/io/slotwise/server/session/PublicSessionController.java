package io.slotwise.server.session;

import io.slotwise.common.api.Availability;
import io.slotwise.common.api.SessionView;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the public may read of sessions: what is bookable and how many seats are left. */
@RestController
@RequestMapping("/api/v1/public")
class PublicSessionController {

    private final SessionViews sessions;

    PublicSessionController(SessionViews sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/activities/{activityId}/sessions")
    List<SessionView> activitySessions(@PathVariable UUID activityId,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        return sessions.publicSessions(activityId, from, to);
    }

    @GetMapping("/venues/{embedKey}/sessions")
    List<SessionView> venueDay(@PathVariable String embedKey, @RequestParam(required = false) LocalDate date) {
        return sessions.venueDay(embedKey, date);
    }

    @GetMapping("/sessions/{sessionId}/availability")
    Availability availability(@PathVariable UUID sessionId, @RequestParam(required = false) Integer partySize) {
        return sessions.availability(sessionId, partySize);
    }
}
