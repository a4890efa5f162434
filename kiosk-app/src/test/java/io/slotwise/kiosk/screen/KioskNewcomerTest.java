package io.slotwise.kiosk.screen;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.SessionStatus;
import io.slotwise.common.api.SessionView;
import io.slotwise.kiosk.flow.FakeBackend;
import io.slotwise.kiosk.flow.KioskFlow;
import io.slotwise.kiosk.payment.PaymentTerminal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a first-time customer meets at the kiosk, by touch: labelled fields and a keyboard on the
 * screen, Back between steps, what is being booked repeated while paying, the card reader's
 * instruction, no second way to pay once a card is charged, and their own language.
 */
@ExtendWith(ApplicationExtension.class)
class KioskNewcomerTest {

    final Instant now = Instant.now();
    final PublicActivity room = new PublicActivity(UUID.randomUUID(), UUID.randomUUID(), "Downtown", "Europe/Berlin",
            "Vault", "", 60, 2500, "EUR", 2, 6, 6, PaymentMode.PAY_AT_VENUE, "demo", false);
    final OffsetDateTime start = now.plus(Duration.ofHours(3)).atZone(ZoneId.of("Europe/Berlin")).toOffsetDateTime();
    final SessionView open = new SessionView(UUID.randomUUID(), room.id(), start, start.plusHours(1), 6, 4, SessionStatus.OPEN);
    final FakeBackend backend = new FakeBackend(room, List.of(open), new AtomicReference<>(now));
    /** A card reader that waits for the test to say the card was read. */
    final SlowCardTerminal reader = new SlowCardTerminal();
    KioskFlow flow;

    @Start
    void start(Stage stage) {
        backend.venueLanguage = "en";
        flow = new KioskFlow(backend, command -> new Thread(command).start(), Platform::runLater, Clock.systemUTC());
        KioskView view = new KioskView(flow, List.of(reader));
        stage.setScene(new Scene(view.root(), 1280, 800));
        stage.show();
    }

    private void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private void toDetails(FxRobot robot) throws Exception {
        robot.clickOn("#startButton");
        waitFor(robot, "#activity-" + room.id());
        robot.clickOn("#activity-" + room.id());
        waitFor(robot, "#slot-" + open.id());
        robot.clickOn("#slot-" + open.id());
        waitFor(robot, "#party-3");
        robot.clickOn("#party-3");
        waitFor(robot, "#name");
    }

    @Test
    void everyFieldHasAVisibleLabelAndTheKeyboardOnTheScreenTypesIntoTheFieldTouched(FxRobot robot) throws Exception {
        toDetails(robot);

        Label nameLabel = robot.lookup(n -> n instanceof Label l && l.getLabelFor() == robot.lookup("#name").query()).queryAs(Label.class);
        assertThat(nameLabel.isVisible()).isTrue();
        assertThat(nameLabel.getText()).isEqualTo("Your name");
        assertThat(robot.lookup("#keyboard").query().isVisible()).isTrue();
        robot.clickOn("#name");
        robot.clickOn("#key-shift").clickOn("#key-61").clickOn("#key-6e").clickOn("#key-61");
        robot.clickOn("#email");
        for (String key : List.of("61", "40", "62", "2e", "63", "6f")) {
            robot.clickOn("#key-" + key);
        }
        robot.clickOn("#key-delete").clickOn("#key-6f");

        assertThat(robot.lookup("#name").queryAs(TextField.class).getText()).isEqualTo("Ana");
        assertThat(robot.lookup("#email").queryAs(TextField.class).getText()).isEqualTo("a@b.co");
    }

    @Test
    void backGoesOneStepBackUntilSomethingIsHeld(FxRobot robot) throws Exception {
        toDetails(robot);

        robot.clickOn("#backButton");
        waitFor(robot, "#party-3");
        robot.clickOn("#backButton");
        waitFor(robot, "#slot-" + open.id());
        robot.clickOn("#backButton");
        waitFor(robot, "#activity-" + room.id());

        assertThat(backend.calls).noneMatch(c -> c.startsWith("hold"));
    }

    @Test
    void theHeldAndBookedScreensRepeatWhatIsBookedAndTheCardStepSaysWhatToDo(FxRobot robot) throws Exception {
        toDetails(robot);
        robot.clickOn("#name").write("Ana Lima");
        robot.clickOn("#email").write("ana@example.com");
        robot.clickOn("#holdButton");
        waitFor(robot, "#countdown");
        String when = start.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
        assertThat(text(robot, "#summary")).startsWith("Vault · ").contains(when).endsWith(" · 3 people");
        assertThat(robot.lookup("#cardNow").query().isVisible()).isFalse();

        robot.clickOn("#pay-card");

        waitFor(robot, "#cardNow");
        assertThat(text(robot, "#cardNow")).isEqualTo("Tap or insert your card on the card reader now.");
        assertThat(robot.lookup("#pay-desk").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#cancelButton").queryAs(Button.class).isDisabled()).isTrue();
        reader.approve();
        waitFor(robot, "#bookingNumber");
        assertThat(text(robot, "#summary")).startsWith("Vault · ").endsWith(" · 3 people");
    }

    @Test
    void aCardChargedWhileTheServerIsUnreachableLeavesNoOtherWayToPayAndNoCancel(FxRobot robot) throws Exception {
        toDetails(robot);
        robot.clickOn("#name").write("Ana Lima");
        robot.clickOn("#email").write("ana@example.com");
        robot.clickOn("#holdButton");
        waitFor(robot, "#countdown");
        robot.clickOn("#pay-card");
        waitFor(robot, "#cardNow");

        backend.down(true);
        reader.approve();

        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#message").startsWith("Your payment went through"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("shown: " + text(robot, "#message") + " / notice " + flow.noticeProperty().get()
                    + " / screen " + flow.screenProperty().get() + " / calls " + backend.calls, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#pay-card", "#pay-desk", "#cancelButton")) {
            assertThat(robot.lookup(id).queryAs(Button.class).isDisabled()).as(id).isTrue();
        }
        backend.down(false);
        // The kiosk's one-second tick retries the confirmation (the app's timeline does this).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            robot.interact(flow::tick);
            return !flow.bookingNumberProperty().get().isEmpty();
        });
        assertThat(reader.charges).as("charged once").isEqualTo(1);
    }

    @Test
    void aCustomerChoosesTheirLanguageOnTheFirstScreenAndTheNextCustomerStartsInTheVenues(FxRobot robot) throws Exception {
        waitFor(robot, "#language-de");
        assertThat(text(robot, "#language-fr")).isEqualTo("Français");

        robot.clickOn("#language-de");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#startButton").equals("Zum Buchen berühren"));
        robot.clickOn("#startButton");
        waitFor(robot, "#activity-" + room.id());
        assertThat(text(robot, "#activity-" + room.id())).contains("60 Min. · 25,00\u00a0€ pro Person");
        robot.clickOn("#activity-" + room.id());
        waitFor(robot, "#slot-" + open.id());
        assertThat(text(robot, "#slot-" + open.id())).endsWith("Noch 4 Plätze frei");
        robot.clickOn("#slot-" + open.id());
        waitFor(robot, "#party-2");
        robot.clickOn("#party-2");
        waitFor(robot, "#name");
        robot.clickOn("#name").write("Jonas");
        robot.clickOn("#email").write("jonas@example.com");
        robot.clickOn("#holdButton");
        waitFor(robot, "#countdown");
        assertThat(text(robot, "#summary")).endsWith(" · 2 Personen");
        assertThat(backend.lastHold.locale()).as("mails in the customer's language").isEqualTo("de");

        robot.clickOn("#cancelButton");

        waitFor(robot, "#startButton");
        assertThat(text(robot, "#startButton")).isEqualTo("Touch to book");
    }

    @Test
    void theKioskWearsTheVenuesAccentColour(FxRobot robot) throws Exception {
        backend.venueAccent = "#7a1f5c";

        robot.clickOn("#startButton");
        waitFor(robot, "#activity-" + room.id());
        WaitForAsyncUtils.waitForFxEvents();

        Button activity = robot.lookup("#activity-" + room.id()).queryButton();
        assertThat(activity.getBackground().getFills().get(0).getFill()).isEqualTo(javafx.scene.paint.Color.web("#7a1f5c"));
    }

    /** Approves when the test says the card was read. */
    static final class SlowCardTerminal implements PaymentTerminal {
        private final CompletableFuture<PaymentTerminal.PaymentResult> read = new CompletableFuture<>();
        volatile int charges;

        void approve() {
            read.complete(PaymentTerminal.PaymentResult.approved("READ-1"));
        }

        @Override
        public String label() {
            return "Pay by card";
        }

        @Override
        public PaymentMethod method() {
            return PaymentMethod.CARD;
        }

        @Override
        public CompletionStage<PaymentTerminal.PaymentResult> charge(long amount, String currency, String reference) {
            charges++;
            return read;
        }
    }
}
