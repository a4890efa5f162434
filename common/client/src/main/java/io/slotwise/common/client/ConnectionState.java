package io.slotwise.common.client;

/**
 * Where an {@link EventSubscription} stands, for apps that show whether their data is live.
 *
 * <p>The usual life is {@code CONNECTING -> LIVE -> RECONNECTING -> LIVE ... -> CLOSED}.
 */
public enum ConnectionState {
    /** The first connection is being opened. */
    CONNECTING,
    /** The stream is open: events arrive as they happen. */
    LIVE,
    /** The stream was lost; a new connection is scheduled or being opened. Shown data may be stale. */
    RECONNECTING,
    /**
     * The server refused the stream in a way retrying cannot fix (a 4xx answer such as an expired
     * token or an unknown venue). {@link EventSubscription#failure()} says why; no retry follows.
     */
    FAILED,
    /** {@link EventSubscription#close()} was called; nothing more happens. */
    CLOSED
}
