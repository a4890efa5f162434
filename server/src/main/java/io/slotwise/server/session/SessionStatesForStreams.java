package io.slotwise.server.session;

import io.slotwise.server.events.SessionStates;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Answers the event streams with sessions as the public reads show them. */
@Component
class SessionStatesForStreams implements SessionStates {

    private final SessionViews views;

    SessionStatesForStreams(SessionViews views) {
        this.views = views;
    }

    @Override
    public List<State> current(Collection<UUID> sessionIds) {
        return views.states(sessionIds);
    }
}
