package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.Confirm;
import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.shell.Page;
import io.slotwise.common.api.VenueDetails;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The owners' settings: staff and roles, the venue's kiosk devices, the venue itself with its
 * booking widget, resources, webhooks, the audit log and the server's health, one tab each. Everything is read afresh whenever the page
 * comes on screen or the venue changes; unsaved venue edits are never dropped without asking.
 */
public final class SettingsPage implements Page {

    private final AdminSession session;
    private final Confirm confirm;
    private final StaffModel staff;
    private final KioskModel kiosks;
    private final VenueModel venue;
    private final AuditModel audit;
    private final VBox root;
    private final TabPane tabs = new TabPane();
    private final Tab kioskTab;
    private final Tab auditTab;
    private final Tab webhooksTab;
    private final WebhooksModel webhooks;
    private final ResourcesModel resources;
    private final Tab resourcesTab;
    private final ServerHealthModel health;
    private final Tab serverTab;
    private final Label message = new Label();

    public SettingsPage(AdminSession session) {
        this(session, null);
    }

    /** With {@code confirm} answering the page's questions instead of dialogs. */
    public SettingsPage(AdminSession session, Confirm confirm) {
        this.session = session;
        this.root = new VBox(10);
        this.confirm = confirm != null ? confirm : Confirm.dialog(this::window);
        staff = new StaffModel(session, this.confirm);
        kiosks = new KioskModel(session, this.confirm);
        venue = new VenueModel(session, this.confirm);
        audit = new AuditModel(session);
        webhooks = new WebhooksModel(session);
        resources = new ResourcesModel(session, this.confirm);
        health = new ServerHealthModel(session);

        tabs.setId("settingsTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab staffTab = tab("staff", text("settings.tab.staff"), new StaffView(staff).root());
        kioskTab = tab("kiosks", text("settings.tab.kiosks"), new KioskView(kiosks).root());
        Tab venueTab = tab("venue", text("settings.tab.venue"), new VenueView(venue).root());
        auditTab = tab("audit", text("settings.tab.audit"), new AuditView(audit).root());
        webhooksTab = tab("webhooks", text("settings.tab.webhooks"), new WebhooksView(webhooks).root());
        resourcesTab = tab("resources", text("settings.tab.resources"), new ResourcesView(resources).root());
        serverTab = tab("server", text("settings.tab.server"), new ServerHealthView(health).root());
        tabs.getTabs().setAll(staffTab, kioskTab, venueTab, resourcesTab, webhooksTab, auditTab, serverTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (was == kioskTab) {
                kiosks.forgetToken();
                staff.forgetToken();
            }
            if (was == webhooksTab) {
                webhooks.forgetSecret();
            }
            if (now == webhooksTab) {
                webhooks.load();
            }
            if (now == resourcesTab) {
                resources.load();
            }
            if (now == auditTab) {
                audit.load();
            }
            if (now == serverTab) {
                health.load();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Label title = new Label(text("settings.title"));
        title.getStyleClass().add("heading");
        message.setId("settingsMessage");
        message.getStyleClass().add("error");
        message.setWrapText(true);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        root.getChildren().setAll(title, message, tabs);
        root.setId("settingsPage");
        // Off screen (another page, or logged out): the one-time kiosk token goes.
        root.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                kiosks.forgetToken();
                staff.forgetToken();
                webhooks.forgetSecret();
            }
        });
        root.parentProperty().addListener((o, was, now) -> {
            if (now == null) {
                kiosks.forgetToken();
                staff.forgetToken();
                webhooks.forgetSecret();
            }
        });
    }

    private static Tab tab(String id, String title, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("settings-scroll");
        Tab tab = new Tab(title, scroll);
        tab.setId("tab-" + id);
        return tab;
    }

    @Override
    public String title() {
        return text("settings.title");
    }

    @Override
    public String id() {
        return "settings";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        kiosks.forgetToken();
        staff.forgetToken();
        if (!session.ownerProperty().get()) {
            message.setText(text("settings.ownersOnly"));
            tabs.setDisable(true);
            return;
        }
        tabs.setDisable(false);
        VenueDetails now = session.venue();
        VenueDetails editing = venue.editing();
        if (venue.isDirty() && !venue.isEditing(now) && !venue.mayLeave()) {
            // The member keeps their edits: back to the venue they belong to (if it is still offered).
            session.venues().stream().filter(v -> v.id().equals(editing.id())).findFirst()
                    .ifPresent(v -> session.async().onUi(() -> session.venueProperty().set(v)));
            return;
        }
        message.setText(now == null ? text("settings.chooseVenue") : "");
        staff.load();
        kiosks.load();
        venue.load();
        if (tabs.getSelectionModel().getSelectedItem() == auditTab) {
            audit.load();
        }
        webhooks.forgetSecret();
        webhooks.load();
        resources.load();
    }

    @Override
    public boolean mayLeave() {
        return venue.mayLeave();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }
}
