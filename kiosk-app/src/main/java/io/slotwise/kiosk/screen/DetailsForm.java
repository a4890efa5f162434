package io.slotwise.kiosk.screen;

import io.slotwise.kiosk.flow.Texts;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The details screen's fields: name, email and a promo code, each bound to what the customer
 * typed (kept when the screen is drawn again for a notice), with the keyboard that types into them.
 */
final class DetailsForm {

    private final TextField name = field("name");
    private final TextField email = field("email");
    private final TextField promoCode = field("promoCode");
    private final VBox fields;

    /** {@code typed}: name, email and promo code as typed so far. */
    DetailsForm(Texts t, List<StringProperty> typed) {
        name.textProperty().bindBidirectional(typed.get(0));
        email.textProperty().bindBidirectional(typed.get(1));
        promoCode.textProperty().bindBidirectional(typed.get(2));
        promoCode.setPrefColumnCount(10);
        Label nameLabel = label(t.get("details.name"), name);
        Label emailLabel = label(t.get("details.email"), email);
        Label promoLabel = label(t.get("details.promoCode"), promoCode);
        // The code beside the email: the page, its fields and the keyboard still fit a 1280×800 screen.
        VBox emailBox = new VBox(8, emailLabel, email);
        emailBox.setAlignment(Pos.BOTTOM_LEFT);
        HBox.setHgrow(emailBox, Priority.ALWAYS);
        VBox codeBox = new VBox(8, promoLabel, promoCode);
        codeBox.setAlignment(Pos.BOTTOM_LEFT);
        codeBox.setPrefWidth(240);
        codeBox.setMinWidth(240);
        fields = new VBox(8, nameLabel, name, new HBox(16, emailBox, codeBox));
        fields.getStyleClass().add("fields");
    }

    VBox fields() {
        return fields;
    }

    OnScreenKeyboard keyboard(Texts t) {
        return new OnScreenKeyboard(t, name, email, promoCode);
    }

    String name() {
        return name.getText();
    }

    String email() {
        return email.getText();
    }

    String promoCode() {
        return promoCode.getText();
    }

    static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    static Label label(String text, TextField field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setWrapText(true);
        return label;
    }
}
