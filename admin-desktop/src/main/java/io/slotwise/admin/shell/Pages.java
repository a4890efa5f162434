package io.slotwise.admin.shell;

import io.slotwise.admin.activities.ActivitiesPage;
import io.slotwise.admin.bookings.BookingsPage;
import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.ExportFolder;
import io.slotwise.admin.dashboard.DashboardPage;
import io.slotwise.admin.desk.DeskPage;
import io.slotwise.admin.giftcards.GiftCardsPage;
import io.slotwise.admin.messages.MessagesPage;
import io.slotwise.admin.promotions.PromotionsPage;
import io.slotwise.admin.sessions.SessionsPage;
import io.slotwise.admin.settings.SettingsPage;

/** Every page of the main window, in the order of the navigation. */
public final class Pages {

    private Pages() {
    }

    public static MainView mainView(AdminSession session, ExportFolder exports, Runnable logout) {
        MainView main = new MainView(session, logout);
        main.page(new SessionsPage(session));
        main.page(new BookingsPage(session));
        main.page(new DeskPage(session));
        main.page(new MessagesPage(session));
        main.page(new DashboardPage(session));
        main.page(new ActivitiesPage(session));
        main.page(new GiftCardsPage(session, exports));
        main.ownerPage(new PromotionsPage(session));
        main.ownerPage(new SettingsPage(session));
        return main;
    }
}
