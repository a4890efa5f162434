package io.slotwise.admin.shell;

import javafx.scene.Node;

/** One page of the main window (sessions, bookings, …). */
public interface Page {

    /** The navigation label. */
    String title();

    /** A short id for the navigation button ({@code #nav-<id>}) and tests. */
    String id();

    Node root();

    /** The page comes on screen (or the venue changed while it is on screen): show fresh data. */
    default void shown() {
    }

    /**
     * Whether the page may be left now. A page with unsaved edits asks the member first and
     * answers false if they want to stay; leaving silently would lose their work.
     */
    default boolean mayLeave() {
        return true;
    }
}
