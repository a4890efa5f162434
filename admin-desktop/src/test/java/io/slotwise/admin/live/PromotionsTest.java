package io.slotwise.admin.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.fx.Money;
import io.slotwise.common.api.PromoCode;
import io.slotwise.common.api.SessionView;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The owner's Promotions page: a code made from the form (its mistakes named under their fields), its uses, switched off. */
class PromotionsTest extends AdminTestBase {

    @Test
    @SuppressWarnings("unchecked")
    void anOwnerMakesACodeSeesItHeldAndSwitchesItOff(FxRobot robot) {
        AdminDriver admin = loggedIn(robot);
        admin.click("#nav-promotions");
        admin.await("#promoCodes");
        admin.type("#newPromoCode", "x");
        admin.type("#newPromoValue", "150");
        admin.click("#createPromoCode");

        admin.awaitText("#error-code", "3 to 40 letters, digits or dashes");
        admin.awaitText("#error-value", "a whole number from 1 to 100");

        admin.type("#newPromoCode", "spring-15");
        admin.type("#newPromoValue", "15");
        admin.type("#newPromoUses", "5");
        ListView<Object> activities = admin.await("#newPromoActivities", ListView.class, l -> !l.getItems().isEmpty());
        robot.interact(() -> activities.getSelectionModel().select(0));
        admin.click("#createPromoCode");

        admin.awaitText("#promotionsMessage", "Code SPRING-15 is ready to use.");
        TableView<PromoCode> table = admin.await("#promoCodes", TableView.class, t -> t.getItems().size() == 1);
        PromoCode made = table.getItems().get(0);
        assertThat(made.percentOff()).isEqualTo(15);
        assertThat(made.maxUses()).isEqualTo(5);
        assertThat(made.activityIds()).containsExactly(venue.activity().id());
        assertThat(robot.lookup("#error-code").queryLabeled().getText()).as("the mistakes are gone once corrected").isEmpty();

        SessionView session = owner.publicApi().activitySessions(venue.activity().id(), venue.today(), venue.today()).get(0);
        var hold = owner.publicApi().hold(new HoldRequest(session.id(), 2, "spring@example.com", null, null, "Spring-15"));
        assertThat(hold.discount()).isEqualTo(hold.amount() * 15 / 100);
        admin.click("#nav-sessions");
        admin.click("#nav-promotions");
        admin.await("#promoCodes", TableView.class, t -> t.getItems().size() == 1 && ((PromoCode) t.getItems().get(0)).held() == 1);

        // Booked: the desk sees the price before the discount in the booking's details.
        var booking = owner.staff().confirmAsStaff(hold.id(), new ConfirmRequest("Sam Spring", null, PaymentMethod.CASH));
        admin.click("#nav-bookings");
        admin.type("#bookingQuery", booking.bookingNumber());
        admin.click("#searchBookings");
        TableView<Object> bookings = admin.await("#bookingTable", TableView.class, t -> t.getItems().size() == 1);
        robot.interact(() -> bookings.getSelectionModel().select(0));
        admin.awaitText("#bookingDetails", "Price " + Money.format(hold.amount(), hold.currency()) + ", less "
                + Money.format(hold.discount(), hold.currency()) + " for a promo code");
        admin.click("#nav-promotions");
        admin.await("#promoCodes", TableView.class, t -> t.getItems().size() == 1 && ((PromoCode) t.getItems().get(0)).uses() == 1);

        robot.interact(() -> table.getSelectionModel().select(0));
        admin.awaitText("#togglePromoCode", "Switch off");
        admin.click("#togglePromoCode");

        admin.awaitText("#promotionsMessage", "Code SPRING-15 is switched off");
        admin.await("#promoCodes", TableView.class, t -> t.getItems().size() == 1 && !((PromoCode) t.getItems().get(0)).active());
        assertThat(owner.admin().promoCodes(venue.venue().id())).singleElement().satisfies(c -> assertThat(c.active()).isFalse());
    }
}
