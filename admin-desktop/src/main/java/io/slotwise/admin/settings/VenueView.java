package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The venue form (Save with Ctrl+S or Enter in the name) and the booking widget: embed key, rotation, snippet. */
final class VenueView {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final VBox root;

    VenueView(VenueModel model) {
        TextField name = new TextField();
        name.setId("venueName");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setOnAction(e -> model.save());
        ComboBox<String> timezone = new ComboBox<>();
        timezone.setId("venueTimezone");
        timezone.setEditable(true);
        timezone.getItems().setAll(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timezone.setVisibleRowCount(14);
        timezone.setMaxWidth(Double.MAX_VALUE);
        timezone.getEditor().textProperty().bindBidirectional(model.timezoneProperty());
        timezone.setPromptText(text("settings.venue.timezonePrompt"));
        TextArea origins = new TextArea();
        origins.setId("venueOrigins");
        origins.setPrefRowCount(4);
        origins.setPromptText("https://www.example.com");
        origins.textProperty().bindBidirectional(model.originsProperty());
        Forms.markInvalid(name, model.errors(), "name");
        Forms.markInvalid(timezone, model.errors(), "timezone");
        Forms.markInvalid(origins, model.errors(), "allowedOrigins");
        TextField address = contactField("venueAddress", text("settings.venue.addressPrompt"), model.addressProperty());
        TextField phone = contactField("venuePhone", "+49 30 1234567", model.phoneProperty());
        TextField email = contactField("venueEmail", "hello@example.com", model.emailProperty());
        ChoiceBox<String> language = new ChoiceBox<>();
        language.setId("venueLanguage");
        language.getItems().setAll(LANGUAGES.keySet());
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : LANGUAGES.getOrDefault(code, code);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        language.valueProperty().bindBidirectional(model.languageProperty());
        TextField logo = contactField("venueLogo", "https://www.example.com/logo.png", model.logoUrlProperty());
        TextField accent = contactField("venueAccent", "#0b57d0", model.accentProperty());
        accent.setPrefColumnCount(8);
        javafx.scene.control.ColorPicker picker = new javafx.scene.control.ColorPicker();
        picker.setId("venueAccentPicker");
        // The picker follows what is typed (without writing back), and a colour picked is typed for the member.
        boolean[] following = {false};
        picker.setOnAction(e -> {
            if (!following[0]) {
                model.accentProperty().set(hex(picker.getValue()));
            }
        });
        java.util.function.Consumer<String> follow = typed -> {
            following[0] = true;
            showColour(picker, typed);
            following[0] = false;
        };
        follow.accept(model.accentProperty().get());
        model.accentProperty().addListener((o, was, now) -> follow.accept(now));
        HBox accentRow = new HBox(8, accent, picker);
        accentRow.setAlignment(Pos.CENTER_LEFT);
        Forms.markInvalid(logo, model.errors(), "logoUrl");
        Forms.markInvalid(accent, model.errors(), "accentColor");
        Label brandHint = new Label(text("settings.venue.brandHint"));
        brandHint.getStyleClass().add("hint");
        brandHint.setWrapText(true);
        Forms.markInvalid(address, model.errors(), "address");
        Forms.markInvalid(phone, model.errors(), "phone");
        Forms.markInvalid(email, model.errors(), "email");
        Label contactHint = new Label(text("settings.venue.contactHint"));
        contactHint.getStyleClass().add("hint");
        Label originsHint = new Label(text("settings.venue.originsHint"));
        originsHint.getStyleClass().add("hint");

        Button save = new Button(text("settings.venue.save"));
        save.setId("saveVenue");
        save.disableProperty().bind(model.dirtyProperty().not());
        save.setOnAction(e -> model.save());
        Button revert = new Button(text("settings.venue.revert"));
        revert.setId("revertVenue");
        revert.disableProperty().bind(model.dirtyProperty().not());
        revert.setOnAction(e -> model.revert());
        Label message = new Label();
        message.setId("venueMessage");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.when(model.dirtyProperty().and(model.messageProperty().isEmpty()))
                .then(text("settings.venue.unsaved")).otherwise(model.messageProperty()));
        HBox buttons = new HBox(8, save, revert, message);
        buttons.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        int row = 0;
        row = StaffView.field(grid, row, text("settings.venue.name"), name, Forms.errorLabel(model.errors(), "name"));
        row = StaffView.field(grid, row, text("settings.venue.timezone"), timezone, Forms.errorLabel(model.errors(), "timezone"));
        row = StaffView.field(grid, row, text("settings.venue.origins"), origins, Forms.errorLabel(model.errors(), "allowedOrigins"));
        grid.add(originsHint, 1, row++);
        row = StaffView.field(grid, row, text("settings.venue.address"), address, Forms.errorLabel(model.errors(), "address"));
        row = StaffView.field(grid, row, text("settings.venue.phone"), phone, Forms.errorLabel(model.errors(), "phone"));
        row = StaffView.field(grid, row, text("settings.venue.email"), email, Forms.errorLabel(model.errors(), "email"));
        grid.add(contactHint, 1, row++);
        row = StaffView.field(grid, row, text("settings.venue.language"), language, Forms.errorLabel(model.errors(), "defaultLocale"));
        row = StaffView.field(grid, row, text("settings.venue.logo"), logo, Forms.errorLabel(model.errors(), "logoUrl"));
        row = StaffView.field(grid, row, text("settings.venue.accent"), accentRow, Forms.errorLabel(model.errors(), "accentColor"));
        grid.add(brandHint, 1, row++);
        VBox form = new VBox(10, StaffView.heading(text("settings.venue.title")), grid, buttons);
        form.getStyleClass().add("card");
        form.disableProperty().bind(model.noVenue());

        root = new VBox(16, form, widget(model));
        root.setMaxWidth(760);
        root.setOnKeyPressed(e -> {
            if (SAVE.match(e) && model.isDirty()) {
                model.save();
                e.consume();
            }
        });
    }

    /** The colour typed, in the picker; the widget's own blue while none (or none readable) is typed. */
    private static void showColour(javafx.scene.control.ColorPicker picker, String typed) {
        try {
            picker.setValue(javafx.scene.paint.Color.web(typed == null || typed.isBlank() ? "#0b57d0" : typed.trim()));
        } catch (IllegalArgumentException notAColour) {
            // half typed: the picker keeps the last colour
        }
    }

    static String hex(javafx.scene.paint.Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    /** The languages customers' mails can be written in, each named in itself (as in every language of the app). */
    private static final java.util.Map<String, String> LANGUAGES = new java.util.LinkedHashMap<>();

    static {
        LANGUAGES.put("en", "English");
        LANGUAGES.put("de", "Deutsch");
        LANGUAGES.put("fr", "Français");
        LANGUAGES.put("es", "Español");
        LANGUAGES.put("nl", "Nederlands");
    }

    private static TextField contactField(String id, String prompt, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static Node widget(VenueModel model) {
        Label key = new Label();
        key.setId("embedKey");
        key.getStyleClass().add("token");
        key.textProperty().bind(model.embedKeyProperty());
        Button rotate = new Button(text("settings.venue.rotateButton"));
        rotate.setId("rotateKey");
        rotate.setOnAction(e -> model.rotateKey());
        HBox keyRow = new HBox(10, new Label(text("settings.venue.embedKey")), key, rotate);
        keyRow.setAlignment(Pos.CENTER_LEFT);
        Label intro = new Label(text("settings.venue.widgetHint"));
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);
        TextArea snippet = new TextArea();
        snippet.setId("widgetSnippet");
        snippet.setEditable(false);
        snippet.setWrapText(true);
        snippet.setPrefRowCount(3);
        snippet.getStyleClass().add("token");
        snippet.textProperty().bind(model.snippet());
        Label copied = new Label();
        copied.setId("snippetCopied");
        Button copy = new Button(text("settings.copy"));
        copy.setId("copySnippet");
        copy.disableProperty().bind(model.snippet().isEmpty());
        copy.setOnAction(e -> {
            Forms.copy(model.snippet().get());
            copied.setText(text("settings.copied"));
        });
        model.snippet().addListener((o, was, now) -> copied.setText(""));
        HBox copyRow = new HBox(10, copy, copied);
        copyRow.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId("widgetMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.widgetMessageProperty());
        VBox card = new VBox(10, StaffView.heading(text("settings.venue.widgetTitle")), intro, keyRow, snippet, copyRow, message);
        card.getStyleClass().add("card");
        card.disableProperty().bind(model.noVenue());
        return card;
    }

    Node root() {
        return root;
    }
}
