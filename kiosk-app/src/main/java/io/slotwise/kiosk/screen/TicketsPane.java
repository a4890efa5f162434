package io.slotwise.kiosk.screen;

import io.slotwise.common.api.PriceCategory;
import io.slotwise.common.api.PublicActivity;
import io.slotwise.common.api.TicketCount;
import io.slotwise.common.fx.Prices;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Who is coming, by ticket category, for touch: each category with its price and big − and +
 * buttons around its count, and the party's total as it adds up. Never more people than
 * {@code most} (the activity's limit and the places left).
 */
final class TicketsPane extends VBox {

    private final PublicActivity activity;
    private final Map<String, IntegerProperty> counts = new LinkedHashMap<>();
    private final Label total = new Label();
    private final int most;

    private final io.slotwise.kiosk.flow.Texts texts;

    TicketsPane(PublicActivity activity, int most, io.slotwise.kiosk.flow.Texts texts) {
        super(24);
        this.texts = texts;
        this.activity = activity;
        this.most = most;
        GridPane rows = new GridPane();
        rows.setHgap(24);
        rows.setVgap(16);
        rows.setAlignment(Pos.CENTER);
        List<PriceCategory> categories = Prices.categories(activity);
        for (int i = 0; i < categories.size(); i++) {
            PriceCategory category = categories.get(i);
            // The first category starts with the smallest party, so that Continue works at once for most groups.
            IntegerProperty count = new SimpleIntegerProperty(i == 0 ? activity.minPartySize() : 0);
            counts.put(category.code(), count);
            Label name = new Label(category.name() + "\n" + texts.money(category.price(), activity.currency()));
            Label shown = new Label();
            shown.setId("count-" + category.code());
            shown.getStyleClass().add("count");
            shown.textProperty().bind(count.asString());
            Button fewer = new Button("−");
            fewer.setId("fewer-" + category.code());
            fewer.setOnAction(e -> count.set(Math.max(0, count.get() - 1)));
            fewer.disableProperty().bind(count.lessThanOrEqualTo(0));
            Button more = new Button("+");
            more.setId("more-" + category.code());
            more.setOnAction(e -> {
                if (people() < this.most) {
                    count.set(count.get() + 1);
                }
            });
            rows.addRow(i, name, fewer, shown, more);
            count.addListener((o, was, now) -> showTotal());
        }
        total.setId("ticketsTotal");
        total.getStyleClass().add("total");
        showTotal();
        setAlignment(Pos.CENTER);
        getChildren().addAll(rows, total);
    }

    /** The counts as chosen, in category order (zeros included). */
    List<TicketCount> counts() {
        List<TicketCount> chosen = new ArrayList<>();
        counts.forEach((code, count) -> chosen.add(new TicketCount(code, count.get())));
        return chosen;
    }

    private int people() {
        return counts.values().stream().mapToInt(IntegerProperty::get).sum();
    }

    private void showTotal() {
        int people = people();
        total.setText(texts.people(people) + " · " + texts.money(Prices.forTickets(activity, counts()), activity.currency()));
    }
}
