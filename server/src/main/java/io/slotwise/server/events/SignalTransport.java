package io.slotwise.server.events;

import java.util.List;

/**
 * Carries committed signals to the hub of every server instance. In-process when there is one
 * instance (H2); through PostgreSQL NOTIFY when instances share a PostgreSQL database.
 */
interface SignalTransport {

    /** Inside the committing transaction (the last moment to make delivery transactional). */
    void beforeCommit(List<Signal> signals);

    /** After the commit. */
    void afterCommit(List<Signal> signals);

    /** Outside any transaction: deliver now. */
    void send(List<Signal> signals);

    /** Whether changes committed through other instances reach this one now (in-process: always). */
    default boolean connected() {
        return true;
    }
}
