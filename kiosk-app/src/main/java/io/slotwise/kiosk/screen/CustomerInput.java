package io.slotwise.kiosk.screen;

import java.util.Set;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;

/**
 * Which input events mean a person is at the kiosk: a touch, a press, a drag, a key, a scroll.
 * Not the enter and exit events JavaFX makes up when the screen changes under a pointer that
 * rests on it, and not a bare pointer move (a touch screen has none; a mouse left on the glass
 * may twitch).
 */
final class CustomerInput {

    private static final Set<EventType<?>> CUSTOMER = Set.of(
            MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_DRAGGED,
            TouchEvent.TOUCH_PRESSED, TouchEvent.TOUCH_MOVED,
            KeyEvent.KEY_PRESSED, ScrollEvent.SCROLL);

    private CustomerInput() {
    }

    static boolean isCustomer(Event event) {
        return CUSTOMER.contains(event.getEventType());
    }
}
