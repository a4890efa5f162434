package io.slotwise.admin.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slotwise.common.api.AuditEntry;
import io.slotwise.common.api.KioskDevice;
import io.slotwise.common.api.VenueDetails;
import io.slotwise.common.client.SlotwiseApiException;
import io.slotwise.common.client.SlotwiseClient;
import io.slotwise.common.testing.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class SettingsTest extends AdminTestBase {

    @Test
    void staffDoNotSeeTheOwnerSettingsWhileTheOwnerDoes(FxRobot robot) {
        String email = "staff-" + UUID.randomUUID() + "@slotwise.invalid";
        SharedServer.staffMember(owner, venue.organizationId(), email, "Sam Staff", "staff-password-1");
        AdminDriver admin = new AdminDriver(robot);

        admin.login(server.url(), ServerProcess.OWNER_EMAIL, ServerProcess.OWNER_PASSWORD);
        admin.click("#nav-settings");
        // The owner sees the new member in the staff list.
        admin.click("#tab-staff");
        admin.await("#memberList", TableView.class, t -> t.getItems().stream().anyMatch(m -> m.toString().contains(email)));
        admin.click("#logoutButton");
        admin.await("#loginButton");

        admin.login(server.url(), email, "staff-password-1");
        admin.await("#organization", ComboBox.class, b -> b.getValue() != null && b.getValue().toString().contains("STAFF"));
        assertThat(robot.lookup("#nav-settings").query().isVisible()).isFalse();
        assertThat(robot.lookup("#nav-settings").query().isManaged()).isFalse();
        // Whatever page a member of staff is on, the owner settings are not open to them.
        robot.lookup("#settingsTabs").tryQuery().ifPresent(tabs -> assertThat(tabs.isDisabled() || !tabs.isVisible()).isTrue());
        assertThat(robot.lookup("#memberList").tryQueryAs(TableView.class).map(t -> t.getItems().size()).orElse(0)).isZero();
    }

    @Test
    void aKioskTokenIsShownOnceCopiedWorksAndStopsWorkingWhenRevoked(FxRobot robot) throws Exception {
        AdminDriver admin = settings(robot);
        admin.click("#tab-kiosks");
        admin.await("#kioskList", ListView.class, l -> l.getItems().stream().anyMatch(d -> ((KioskDevice) d).name().equals("Lobby kiosk")));

        admin.type("#kioskName", "Front door kiosk");
        admin.click("#createKiosk");
        admin.await("#kioskTokenBox");
        String token = admin.await("#kioskToken", TextField.class, t -> !t.getText().isEmpty()).getText();
        admin.await("#kioskList", ListView.class, l -> l.getItems().stream().anyMatch(d -> ((KioskDevice) d).name().equals("Front door kiosk")));

        admin.click("#copyKioskToken");
        admin.awaitText("#kioskTokenCopied", "Copied");
        assertThat(clipboard(robot)).isEqualTo(token);
        UUID venueId = venue.venue().id();
        try (SlotwiseClient kiosk = SlotwiseClient.builder(server.url()).bearerToken(token).build()) {
            assertThat(kiosk.staff().venueDetails(venueId).id()).isEqualTo(venueId);
        }

        // Shown once: leaving the section takes it off the screen for good.
        admin.click("#tab-venue");
        admin.await("#venueName");
        admin.click("#tab-kiosks");
        admin.await("#kioskList");
        assertThat(robot.lookup("#kioskTokenBox").query().isVisible()).isFalse();
        assertThat(robot.lookup("#kioskToken").queryAs(TextField.class).getText()).isEmpty();

        Node cell = awaitAny(robot, "#kioskList .list-cell", ListCell.class, c -> c.getText() != null && c.getText().startsWith("Front door kiosk"));
        robot.clickOn(cell);
        admin.click("#revokeKiosk");
        admin.click("#confirmOk");
        admin.awaitText("#kioskMessage", "revoked");
        awaitAny(robot, "#kioskList .list-cell", ListCell.class, c -> c.getText() != null && c.getText().startsWith("Front door kiosk")
                && c.getText().contains("revoked") && c.getStyleClass().contains("revoked"));

        try (SlotwiseClient kiosk = SlotwiseClient.builder(server.url()).bearerToken(token).build()) {
            assertThatThrownBy(() -> kiosk.staff().venueDetails(venueId)).isInstanceOfSatisfying(SlotwiseApiException.class,
                    e -> assertThat(e.status()).isEqualTo(401));
        }
        // The other kiosk of the venue was not touched.
        try (SlotwiseClient lobby = SlotwiseClient.builder(server.url()).bearerToken(venue.kioskToken()).build()) {
            assertThat(lobby.staff().venueDetails(venueId).id()).isEqualTo(venueId);
        }
    }

    @Test
    void venueSettingsAreSavedShownInTheSwitcherCheckedByTheServerAndTheKeyRotates(FxRobot robot) throws Exception {
        AdminDriver admin = settings(robot);
        UUID venueId = venue.venue().id();
        admin.click("#tab-venue");
        admin.await("#venueName", TextField.class, f -> f.getText().equals(venue.venue().name()));

        String renamed = "Renamed " + UUID.randomUUID().toString().substring(0, 8);
        admin.type("#venueName", renamed);
        admin.type("#venueOrigins", "https://www.example.com\n\nhttps://Shop.Example.org:8443\n");
        admin.type("#venueAddress", "Hauptstraße 1, 10115 Berlin");
        admin.type("#venuePhone", "+49 30 1234567");
        admin.type("#venueEmail", "not an email");
        robot.interact(() -> robot.lookup("#venueLanguage").queryAs(javafx.scene.control.ChoiceBox.class).setValue("de"));
        admin.type("#venueLogo", "/images/logo.png");
        admin.type("#venueAccent", "#ffe08a");
        admin.click("#saveVenue");
        admin.awaitText("#error-email", "email address");
        admin.awaitText("#error-accentColor", "too light for white text");
        admin.type("#venueEmail", "hallo@escape.example");
        // A colour picked is typed for the member.
        robot.interact(() -> {
            var picker = robot.lookup("#venueAccentPicker").queryAs(javafx.scene.control.ColorPicker.class);
            picker.setValue(javafx.scene.paint.Color.web("#7a1f5c"));
            picker.fireEvent(new javafx.event.ActionEvent());
        });
        admin.await("#venueAccent", TextField.class, f -> f.getText().equals("#7a1f5c"));
        admin.click("#saveVenue");
        admin.awaitText("#venueMessage", "Saved.");

        VenueDetails saved = owner.staff().venueDetails(venueId);
        assertThat(saved.name()).isEqualTo(renamed);
        assertThat(saved.address()).isEqualTo("Hauptstraße 1, 10115 Berlin");
        assertThat(saved.phone()).isEqualTo("+49 30 1234567");
        assertThat(saved.email()).isEqualTo("hallo@escape.example");
        assertThat(saved.defaultLocale()).as("the language customers' mails are written in").isEqualTo("de");
        assertThat(saved.logoUrl()).isEqualTo("/images/logo.png");
        assertThat(saved.accentColor()).isEqualTo("#7a1f5c");
        assertThat(saved.allowedOrigins()).containsExactly("https://www.example.com", "https://shop.example.org:8443");
        admin.await("#venue", ComboBox.class, b -> b.getValue() instanceof VenueDetails v && v.name().equals(renamed));
        awaitAny(robot, "#venue .list-cell", ListCell.class, c -> renamed.equals(c.getText()));

        // A bad zone and a bad origin are refused by the server and shown where they are.
        admin.type("#venueTimezone .text-field", "Mars/Olympus_Mons");
        admin.type("#venueOrigins", "https://www.example.com\nnot a website");
        admin.click("#saveVenue");
        admin.awaitText("#error-timezone", "IANA time zone");
        admin.awaitText("#error-allowedOrigins", "Line 2");
        assertThat(robot.lookup("#venueTimezone").query().getStyleClass()).contains("invalid");
        assertThat(owner.staff().venueDetails(venueId).timezone()).isEqualTo(venue.venue().timezone());
        admin.click("#revertVenue");
        admin.await("#error-timezone", Node.class, n -> !n.isVisible());
        assertThat(robot.lookup("#venueTimezone .text-field").queryAs(TextField.class).getText()).isEqualTo(venue.venue().timezone());

        // The snippet is what the served embed.js looks for.
        String oldKey = saved.embedKey();
        String snippet = admin.await("#widgetSnippet", TextArea.class, a -> a.getText().contains(oldKey)).getText();
        assertThat(snippet).contains("data-slotwise-calendar=\"" + oldKey + "\"")
                .contains("<script src=\"" + server.url().replaceAll("/$", "") + "/embed.js\" async></script>");
        String embedJs = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url().replaceAll("/$", "") + "/embed.js")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(embedJs).contains("[data-slotwise-calendar").contains("dataset.slotwiseCalendar");
        admin.click("#copySnippet");
        admin.awaitText("#snippetCopied", "Copied");
        assertThat(clipboard(robot)).isEqualTo(snippet);

        admin.click("#rotateKey");
        admin.click("#confirmOk");
        String rotated = admin.await("#widgetSnippet", TextArea.class, a -> !a.getText().contains(oldKey) && !a.getText().isEmpty()).getText();
        String newKey = owner.staff().venueDetails(venueId).embedKey();
        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(rotated).contains("data-slotwise-calendar=\"" + newKey + "\"");
        // The widget's public API knows the venue by the new key (read raw: only the key matters here).
        HttpResponse<String> publicVenue = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.url().replaceAll("/$", "") + "/api/v1/public/venues/" + newKey)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(publicVenue.statusCode()).isEqualTo(200);
        assertThat(publicVenue.body()).contains(venueId.toString());
        assertThatThrownBy(() -> owner.publicApi().venue(oldKey)).isInstanceOfSatisfying(SlotwiseApiException.class,
                e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void theAuditLogShowsTheChangeJustMadeByTheOwner(FxRobot robot) {
        AdminDriver admin = settings(robot);
        UUID venueId = venue.venue().id();
        admin.click("#tab-venue");
        admin.await("#venueName", TextField.class, f -> f.getText().equals(venue.venue().name()));
        String renamed = "Audited " + UUID.randomUUID().toString().substring(0, 8);
        admin.type("#venueName", renamed);
        robot.type(javafx.scene.input.KeyCode.ENTER); // Enter in the name saves
        admin.awaitText("#venueMessage", "Saved.");

        admin.click("#tab-audit");
        @SuppressWarnings("unchecked")
        TableView<AuditEntry> table = admin.await("#auditTable", TableView.class, t -> !t.getItems().isEmpty()
                && ((AuditEntry) t.getItems().get(0)).entityId() != null && venueId.equals(((AuditEntry) t.getItems().get(0)).entityId())
                && ((AuditEntry) t.getItems().get(0)).action().startsWith("PUT "));
        AuditEntry newest = table.getItems().get(0);
        assertThat(newest.actorName()).isEqualTo(ServerProcess.OWNER_EMAIL);
        assertThat(newest.entityType()).isEqualTo("venue");
        TableRow<?> newestRow = awaitAny(robot, "#auditTable .table-row-cell", TableRow.class,
                r -> r.getIndex() == 0 && r.getItem() == newest);
        List<String> shown = robot.from(newestRow).lookup(".table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList();
        assertThat(shown).contains(ServerProcess.OWNER_EMAIL, "Changed the settings of venue " + renamed);

        robot.clickOn(newestRow);
        admin.await("#auditAfter", TextArea.class, a -> a.getText().contains(renamed));
        assertThat(robot.lookup("#auditBefore").queryAs(TextArea.class).getText()).contains(venue.venue().name())
                .doesNotContain(renamed);
    }

    @Test
    void unsavedVenueEditsAreNotDroppedWithoutAsking(FxRobot robot) {
        AdminDriver admin = settings(robot);
        admin.click("#tab-venue");
        admin.await("#venueName", TextField.class, f -> f.getText().equals(venue.venue().name()));
        admin.type("#venueName", "Half-typed name");
        admin.awaitText("#venueMessage", "Unsaved");

        admin.click("#logoutButton");
        admin.click("#confirmCancel");
        assertThat(admin.await("#venueName", TextField.class, Node::isVisible).getText()).isEqualTo("Half-typed name");
        assertThat(window.session()).isNotNull();

        admin.click("#logoutButton");
        admin.click("#confirmOk");
        admin.await("#loginButton");
        assertThat(owner.staff().venueDetails(venue.venue().id()).name()).isEqualTo(venue.venue().name());
    }

    @Test
    void anOwnerInvitesSomeoneWhoJoinsFromTheLoginScreenAndAnInvitationCanBeWithdrawn(FxRobot robot) {
        String email = "invited-" + UUID.randomUUID() + "@slotwise.invalid";
        String withdrawn = "withdrawn-" + UUID.randomUUID() + "@slotwise.invalid";
        AdminDriver admin = settings(robot);
        admin.click("#tab-staff");
        admin.type("#memberEmail", withdrawn);
        admin.click("#addMember");
        admin.await("#invitationList", ListView.class, l -> l.getItems().stream().anyMatch(i -> i.toString().contains(withdrawn)));
        ListView<?> pending = admin.await("#invitationList", ListView.class, l -> !l.getItems().isEmpty());
        int row = pending.getItems().stream().map(Object::toString).toList().indexOf(pending.getItems().stream()
                .map(Object::toString).filter(i -> i.contains(withdrawn)).findFirst().orElseThrow());
        robot.interact(() -> pending.getSelectionModel().select(row));
        admin.click("#revokeInvitation");
        admin.click("#confirmOk");
        admin.await("#invitationList", ListView.class, l -> l.getItems().stream().noneMatch(i -> i.toString().contains(withdrawn)));

        admin.type("#memberEmail", email);
        admin.click("#addMember");
        String code = admin.await("#inviteToken", TextField.class, t -> !t.getText().isEmpty()).getText();
        admin.await("#invitationList", ListView.class, l -> l.getItems().stream().anyMatch(i -> i.toString().contains(email)));
        admin.click("#logoutButton");
        admin.await("#loginButton");

        admin.click("#haveInvitation");
        admin.type("#invitationCode", code);
        admin.type("#inviteName", "Ivy Invited");
        admin.type("#password", "ivy-password-1");
        admin.click("#loginButton");

        admin.await("#organization", ComboBox.class, b -> b.getValue() != null && b.getValue().toString().contains("STAFF"));
        assertThat(owner.admin().members(venue.organizationId())).anyMatch(m -> m.email().equals(email) && m.displayName().equals("Ivy Invited"));
        assertThat(owner.admin().invitations(venue.organizationId())).noneMatch(i -> i.email().equals(email) || i.email().equals(withdrawn));
    }

    /** Waits until some node of {@code query} (not only the first) meets {@code condition}. */
    private static <T extends Node> T awaitAny(FxRobot robot, String query, Class<T> type, Predicate<T> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> robot.lookup(query).queryAllAs(type).stream().anyMatch(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("No " + query + " matched in time", e);
        }
        return robot.lookup(query).queryAllAs(type).stream().filter(condition).findFirst().orElseThrow();
    }

    private static String clipboard(FxRobot robot) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> text.set(Clipboard.getSystemClipboard().getString()));
        return text.get();
    }

    /** Logged in as the owner, on the Settings page. */
    @Test
    void anOwnerAddsAWebhookSeesItsSecretOnceAndSeesATestEventDelivered(FxRobot robot) throws Exception {
        try (mockwebserver3.MockWebServer receiver = new mockwebserver3.MockWebServer()) {
            receiver.start();
            receiver.enqueue(new mockwebserver3.MockResponse.Builder().code(200).build());
            AdminDriver admin = settings(robot);
            admin.click("#tab-webhooks");
            String url = receiver.url("/hooks/slotwise").toString();
            admin.type("#webhookUrl", url);
            admin.click("#addWebhook");

            String secret = admin.await("#webhookToken", TextField.class, f -> f.getText().startsWith("whsec_")).getText();
            ListView<?> list = admin.await("#webhookList", ListView.class, l -> l.getItems().size() == 1);
            assertThat(owner.admin().webhooks(venue.venue().id())).singleElement()
                    .satisfies(w -> assertThat(w.secret()).as("never shown again").isNull());
            robot.interact(() -> list.getSelectionModel().select(0));
            admin.click("#testWebhook");
            // The server delivers with its next round (every few seconds).
            mockwebserver3.RecordedRequest event = receiver.takeRequest(30, TimeUnit.SECONDS);
            assertThat(event).isNotNull();
            assertThat(event.getBody().utf8()).contains("\"type\":\"webhook.test\"");
            assertThat(event.getHeaders().get("Slotwise-Signature")).startsWith("t=").contains(",v1=");
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> {
                admin.click("#refreshDeliveries");
                assertThat(admin.await("#webhookDeliveries", ListView.class, l -> true).getItems())
                        .anySatisfy(d -> assertThat(d.toString()).contains("webhook.test"));
                assertThat(owner.admin().webhookDeliveries(owner.admin().webhooks(venue.venue().id()).get(0).id()))
                        .anySatisfy(d -> assertThat(d.status()).isEqualTo("SENT"));
            });

            admin.click("#tab-venue");
            admin.click("#tab-webhooks");
            assertThat(robot.lookup("#webhookToken").queryAs(TextField.class).getText()).as("the secret went").isEmpty();
            assertThat(secret).isNotEmpty();
            robot.interact(() -> admin.await("#webhookList", ListView.class, l -> !l.getItems().isEmpty()).getSelectionModel().select(0));
            admin.click("#removeWebhook");
            admin.await("#webhookList", ListView.class, l -> l.getItems().isEmpty());
            assertThat(owner.admin().webhooks(venue.venue().id())).isEmpty();
        }
    }

    @Test
    void theServerTabShowsTheHealthALoadBalancerSees(FxRobot robot) {
        AdminDriver admin = settings(robot);
        admin.click("#tab-server");

        admin.await("#serverHealthSummary", Labeled.class, l -> l.getText().startsWith("The server is working."));
        assertThat(admin.await("#health-db", Labeled.class, l -> true).getText()).isEqualTo("Database: working");
        assertThat(admin.await("#health-eventRelay", Labeled.class, l -> true).getText())
                .isEqualTo("Live updates between server instances: working");
        assertThat(admin.await("#health-readinessState", Labeled.class, l -> true).getText()).isEqualTo("Ready for customers: working");
        assertThat(robot.lookup("#serverHealthParts").queryAs(javafx.scene.layout.VBox.class).getChildren().get(0).getId())
                .as("the database first").isEqualTo("health-db");
    }

    private AdminDriver settings(FxRobot robot) {
        AdminDriver admin = loggedIn(robot);
        admin.click("#nav-settings");
        return admin;
    }
}
