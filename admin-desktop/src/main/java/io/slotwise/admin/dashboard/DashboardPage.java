package io.slotwise.admin.dashboard;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.LiveReload;
import io.slotwise.admin.shell.Page;
import io.slotwise.common.api.Booking;
import io.slotwise.common.api.VenueEvent;
import io.slotwise.common.api.WeeklyTrend;
import io.slotwise.common.fx.Money;
import java.util.List;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The dashboard: the next bookings, the last seven days as two bar charts (bookings and
 * revenue), and today's occupancy per activity; all of it follows the venue's events.
 */
public final class DashboardPage implements Page {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d", Locale.UK);

    private final AdminSession session;
    private final DashboardModel model;
    private final VBox upcoming = new VBox(4);
    private final GridPane occupancy = new GridPane();
    private final BarChart<String, Number> bookings = chart("Bookings");
    private final BarChart<String, Number> revenue = chart("Revenue");
    private final Label totals = new Label();
    private final VBox root;

    public DashboardPage(AdminSession session) {
        this.session = session;
        this.model = new DashboardModel(session);
        upcoming.setId("upcomingList");
        occupancy.setId("occupancy");
        occupancy.setHgap(10);
        occupancy.setVgap(6);
        bookings.setId("trendBookings");
        revenue.setId("trendRevenue");
        totals.setId("trendTotals");
        Label message = new Label();
        message.getStyleClass().add("error");
        message.textProperty().bind(model.messageProperty());
        VBox next = new VBox(8, heading("Next bookings"), upcoming);
        next.getStyleClass().add("card");
        next.setPrefWidth(380);
        VBox today = new VBox(8, heading("Today"), occupancy);
        today.getStyleClass().add("card");
        HBox.setHgrow(today, Priority.ALWAYS);
        HBox charts = new HBox(12, bookings, revenue);
        VBox week = new VBox(8, heading("Last seven days"), totals, charts);
        week.getStyleClass().add("card");
        root = new VBox(12, message, new HBox(12, next, today), week);
        model.upcoming().addListener((ListChangeListener<Booking>) c -> drawUpcoming());
        model.today().addListener((ListChangeListener<DashboardModel.Occupancy>) c -> drawOccupancy());
        model.trendProperty().addListener((o, was, now) -> drawTrend(now));
        new LiveReload(session, root, e -> e instanceof VenueEvent.BookingChanged || e instanceof VenueEvent.HoldChanged
                || e instanceof VenueEvent.SessionUpdated, model::load);
    }

    @Override
    public String title() {
        return "Dashboard";
    }

    @Override
    public String id() {
        return "dashboard";
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void shown() {
        model.load();
    }

    public DashboardModel model() {
        return model;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heading");
        return label;
    }

    private static BarChart<String, Number> chart(String title) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setTitle(title);
        chart.setLegendVisible(title.equals("Revenue"));
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        HBox.setHgrow(chart, Priority.ALWAYS);
        return chart;
    }

    private ZoneId zone() {
        return session.zone();
    }

    private void drawUpcoming() {
        upcoming.getChildren().clear();
        if (model.upcoming().isEmpty()) {
            upcoming.getChildren().add(new Label("No bookings ahead."));
        }
        for (Booking b : model.upcoming()) {
            Label row = new Label(WHEN.format(b.startTime().atZoneSameInstant(zone())) + "  " + b.activityName() + " · "
                    + b.partySize() + " · " + (b.customer().name() == null ? b.customer().email() : b.customer().name()) + " · "
                    + b.bookingNumber());
            row.setId("upcoming-" + b.bookingNumber());
            upcoming.getChildren().add(row);
        }
    }

    private void drawOccupancy() {
        occupancy.getChildren().clear();
        int row = 0;
        if (model.today().isEmpty()) {
            occupancy.add(new Label("No sessions today."), 0, 0);
        }
        for (DashboardModel.Occupancy o : model.today()) {
            ProgressBar bar = new ProgressBar(o.bookedShare());
            bar.setPrefWidth(220);
            Label numbers = new Label(o.booked() + " of " + o.capacity() + " booked" + (o.held() > 0 ? ", " + o.held() + " held" : ""));
            numbers.setId("occupancy-" + row);
            occupancy.addRow(row++, new Label(o.activity()), bar, numbers);
        }
    }

    private void drawTrend(WeeklyTrend trend) {
        XYChart.Series<String, Number> count = new XYChart.Series<>();
        XYChart.Series<String, Number> paid = new XYChart.Series<>();
        XYChart.Series<String, Number> expected = new XYChart.Series<>();
        paid.setName("Paid");
        expected.setName("Expected at the venue");
        String currency = trend.days().stream().flatMap(d -> d.revenue().keySet().stream()).findFirst().orElse("EUR");
        double unit = Math.pow(10, Money.digits(currency));
        int totalBookings = 0;
        long totalPaid = 0;
        long totalExpected = 0;
        for (WeeklyTrend.Day day : trend.days()) {
            String label = DAY.format(day.date());
            // A server that does not split the day's revenue: all of it counts as paid, as it used to.
            long paidMinor = (day.paid() == null ? day.revenue() : day.paid()).getOrDefault(currency, 0L);
            long expectedMinor = day.expected() == null ? 0 : day.expected().getOrDefault(currency, 0L);
            count.getData().add(new XYChart.Data<>(label, day.bookings()));
            paid.getData().add(new XYChart.Data<>(label, paidMinor / unit));
            expected.getData().add(new XYChart.Data<>(label, expectedMinor / unit));
            totalBookings += day.bookings();
            totalPaid += paidMinor;
            totalExpected += expectedMinor;
        }
        bookings.getData().setAll(count);
        revenue.setTitle("Revenue (" + currency + ")");
        revenue.getData().setAll(List.of(paid, expected));
        totals.setText(totalBookings + " bookings · " + Money.format(totalPaid, currency) + " paid · "
                + Money.format(totalExpected, currency) + " expected at the venue");
    }
}
