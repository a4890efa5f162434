package io.slotwise.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.SessionStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** A flush whose read of the sessions' state fails loses nothing: the next flush tells and sends it. */
class EventHubFlushTest {

    @Test
    void changedSessionsWhoseStateCouldNotBeReadAreToldAtTheNextFlush() {
        UUID venue = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        AtomicBoolean databaseDown = new AtomicBoolean(true);
        List<Set<UUID>> told = new ArrayList<>();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("states", (SessionStates) (Collection<UUID> ids) -> {
            if (databaseDown.get()) {
                throw new IllegalStateException("connection refused");
            }
            return List.of(new SessionStates.State(session, UUID.randomUUID(), venue, 3, SessionStatus.OPEN));
        });
        beans.addBean("cache", new ChangedVenues() {
            @Override
            public void changed(Set<UUID> venueIds) {
                told.add(Set.copyOf(venueIds));
            }

            @Override
            public void hearing(boolean hearing) {
            }
        });
        EventHub hub = new EventHub(beans.getBeanProvider(SessionStates.class), beans.getBeanProvider(ChangedVenues.class));

        hub.receive(List.of(Signal.sessionChanged(session)));
        hub.flushSessionChanges();
        assertThat(told).as("nothing could be read yet").isEmpty();

        databaseDown.set(false);
        hub.flushSessionChanges();

        assertThat(told).containsExactly(Set.of(venue));
    }
}
