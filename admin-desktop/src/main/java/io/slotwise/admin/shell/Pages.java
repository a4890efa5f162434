package io.slotwise.admin.shell;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.settings.SettingsPage;

/** Every page of the main window, in the order of the navigation. */
public final class Pages {

    private Pages() {
    }

    public static MainView mainView(AdminSession session, Runnable logout) {
        MainView main = new MainView(session, logout);
        main.ownerPage(new SettingsPage(session));
        return main;
    }
}
