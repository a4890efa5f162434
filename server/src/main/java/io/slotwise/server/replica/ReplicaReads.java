package io.slotwise.server.replica;

/**
 * Marks what the current thread reads as something a read replica may answer: the public reads,
 * which show availability and decide nothing. Everything else (a hold's decision above all) reads
 * the primary. Without a replica configured this changes nothing.
 */
public final class ReplicaReads {

    private static final ThreadLocal<Boolean> ALLOWED = new ThreadLocal<>();

    private ReplicaReads() {
    }

    /** Until the returned scope is closed, this thread's new connections may go to the replica. */
    public static Scope allow() {
        ALLOWED.set(Boolean.TRUE);
        return ALLOWED::remove;
    }

    static boolean allowed() {
        return ALLOWED.get() != null;
    }

    /** A scope that throws nothing on close. */
    public interface Scope extends AutoCloseable {

        @Override
        void close();
    }
}
