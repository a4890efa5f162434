package io.slotwise.admin.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.client.SlotwiseClient;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;

/**
 * Writes a PNG of the login and of every page of the main window to
 * {@code admin-desktop/target/admin-screenshots/} (the README's pictures come from here), with a
 * venue that has bookings, held places and a customer waiting at the desk:
 * {@code mvn -B -pl admin-desktop -am verify -Dtest=AdminScreenshotsTest -Dsurefire.failIfNoSpecifiedTests=false}
 * (the server module must have been packaged before).
 */
class AdminScreenshotsTest extends AdminTestBase {

    static final Path OUT = Path.of("target", "admin-screenshots");

    /** English as {@code admin-<page>.png}, German as {@code admin-de-<page>.png}. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void everyPage(String language, FxRobot robot) throws Exception {
        Files.createDirectories(OUT);
        List<SessionView> today = owner.publicApi().activitySessions(venue.activity().id(), venue.today(), venue.today());
        for (int i = 0; i < 6; i++) {
            Hold hold = owner.publicApi().hold(new HoldRequest(today.get(i * 2).id(), 2 + i % 4, "guest" + i + "@example.com"));
            owner.staff().confirmAsStaff(hold.id(), new ConfirmRequest(List.of("Ana Lima", "Bo Berg", "Chen Wu", "Dana Cruz", "Eli Noor",
                    "Femi Ade").get(i), null, i % 2 == 0 ? PaymentMethod.CARD : PaymentMethod.CASH));
        }
        owner.admin().createPromoCode(venue.venue().id(), new io.slotwise.common.api.PromoCodeRequest("SPRING-15", 15, null, null,
                venue.today().plusDays(30), java.util.List.of(), 50, 1));
        owner.admin().createPromoCode(venue.venue().id(), new io.slotwise.common.api.PromoCodeRequest("FRIENDS", null, 500L, null, null,
                java.util.List.of(), null, null));
        owner.publicApi().hold(new HoldRequest(today.get(1).id(), 3, "web@example.com", null, null, "SPRING-15"));
        // Gift cards: one sold for cash and half spent on a booking, one by card, mailed to its recipient.
        String spent = owner.admin().sellGiftCard(venue.venue().id(), new io.slotwise.common.api.GiftCardRequest(10000L, "EUR",
                venue.today().plusYears(3), null)).code();
        owner.admin().sellGiftCard(venue.venue().id(), new io.slotwise.common.api.GiftCardRequest(5000L, "EUR", null,
                "friend@example.com", PaymentMethod.CARD));
        Hold paidByCard = owner.publicApi().hold(new HoldRequest(today.get(5).id(), 2, "gift@example.com"));
        owner.publicApi().applyGiftCard(paidByCard.id(), paidByCard.holdToken(), spent);
        owner.staff().confirmAsStaff(paidByCard.id(), new ConfirmRequest("Gita Gift", null, PaymentMethod.CASH));
        try (SlotwiseClient kiosk = SlotwiseClient.builder(server.url()).bearerToken(venue.kioskToken()).build()) {
            Hold waiting = kiosk.publicApi().hold(new HoldRequest(today.get(3).id(), 4, "walkin@example.com"));
            kiosk.staff().sendToDesk(waiting.id(), "Gil Ortiz");
        }
        List<Path> written = new ArrayList<>();
        AdminDriver admin = new AdminDriver(robot);
        admin.type("#server", server.url());
        admin.type("#email", io.slotwise.common.testing.ServerProcess.OWNER_EMAIL);
        String prefix = language.equals("en") ? "" : language + "-";
        if (!language.equals("en")) {
            admin.chooseLanguage(io.slotwise.admin.core.Texts.languageName(language));
            admin.awaitText("#loginButton", "Anmelden");
        }
        written.add(shot(robot, prefix + "1-login"));
        admin.login(server.url(), io.slotwise.common.testing.ServerProcess.OWNER_EMAIL,
                io.slotwise.common.testing.ServerProcess.OWNER_PASSWORD);
        admin.chooseVenue(venue.venue());
        admin.await("#seats-" + today.get(0).id());
        // The sessions page with a session chosen: its roster shows who is booked.
        admin.click("#session-" + today.get(0).id());
        admin.await("#rosterLine-" + owner.staff().searchBookings(venue.venue().id(), venue.today(), venue.today(), "Ana Lima")
                .get(0).bookingNumber());

        List<ToggleButton> pages = robot.lookup(".nav .toggle-button").queryAllAs(ToggleButton.class).stream()
                .filter(Node::isVisible).toList();
        int n = 2;
        for (ToggleButton page : pages) {
            admin.click("#" + page.getId());
            robot.interact(() -> { });
            admin.await("#busy", Node.class, busy -> !busy.isVisible());
            written.add(shot(robot, prefix + n++ + "-" + page.getId().substring("nav-".length())));
        }

        assertThat(written).hasSizeGreaterThanOrEqualTo(5).allSatisfy(png -> {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(1280);
        });
    }

    private Path shot(FxRobot robot, String name) {
        List<Path> out = new ArrayList<>();
        robot.interact(() -> {
            WritableImage image = window.main() == null
                    ? robot.window(0).getScene().getRoot().snapshot(null, null)
                    : window.main().root().snapshot(null, null);
            out.add(write(image, OUT.resolve("admin-" + name + ".png")));
        });
        return out.get(0);
    }

    static Path write(WritableImage image, Path file) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
