package io.slotwise.admin.dashboard;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.LiveReload;
import io.slotwise.admin.core.Texts;
import io.slotwise.admin.shell.Page;
import io.slotwise.common.api.Booking;
import io.slotwise.common.api.VenueEvent;
import io.slotwise.common.api.WeeklyTrend;
import io.slotwise.common.fx.Money;
import java.util.List;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

    /** "Fri 19:30", "Fri 4": in the language chosen at login. */
    private final DateTimeFormatter when = Texts.dates("dashboard.format.when");
    private final DateTimeFormatter chartDay = Texts.dates("dashboard.format.day");

    private final AdminSession session;
    private final DashboardModel model;
    private final VBox upcoming = new VBox(4);
    private final GridPane occupancy = new GridPane();
    private final BarChart<String, Number> bookings = chart(text("dashboard.bookings"), false);
    private final BarChart<String, Number> revenue = chart(text("dashboard.revenue"), true);
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
        VBox next = new VBox(8, heading(text("dashboard.nextBookings")), upcoming);
        next.getStyleClass().add("card");
        next.setPrefWidth(380);
        VBox today = new VBox(8, heading(text("dashboard.today")), occupancy);
        today.getStyleClass().add("card");
        HBox.setHgrow(today, Priority.ALWAYS);
        HBox charts = new HBox(12, bookings, revenue);
        VBox week = new VBox(8, heading(text("dashboard.lastSevenDays")), totals, charts);
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
        return text("dashboard.title");
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

    /** {@code legend}: for a chart of more than one series (revenue: paid and expected). */
    private static BarChart<String, Number> chart(String title, boolean legend) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setTitle(title);
        chart.setLegendVisible(legend);
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
            upcoming.getChildren().add(new Label(text("dashboard.noBookingsAhead")));
        }
        for (Booking b : model.upcoming()) {
            Label row = new Label(when.format(b.startTime().atZoneSameInstant(zone())) + "  " + b.activityName() + " · "
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
            occupancy.add(new Label(text("dashboard.noSessionsToday")), 0, 0);
        }
        for (DashboardModel.Occupancy o : model.today()) {
            ProgressBar bar = new ProgressBar(o.bookedShare());
            bar.setPrefWidth(220);
            Label numbers = new Label(o.held() > 0 ? text("dashboard.occupancyHeld", o.booked(), o.capacity(), o.held())
                    : text("dashboard.occupancy", o.booked(), o.capacity()));
            numbers.setId("occupancy-" + row);
            occupancy.addRow(row++, new Label(o.activity()), bar, numbers);
        }
    }

    private void drawTrend(WeeklyTrend trend) {
        XYChart.Series<String, Number> count = new XYChart.Series<>();
        XYChart.Series<String, Number> paid = new XYChart.Series<>();
        XYChart.Series<String, Number> expected = new XYChart.Series<>();
        paid.setName(text("dashboard.paid"));
        expected.setName(text("dashboard.expected"));
        String currency = trend.days().stream().flatMap(d -> d.revenue().keySet().stream()).findFirst().orElse("EUR");
        double unit = Math.pow(10, Money.digits(currency));
        int totalBookings = 0;
        long totalPaid = 0;
        long totalExpected = 0;
        for (WeeklyTrend.Day day : trend.days()) {
            String label = chartDay.format(day.date());
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
        revenue.setTitle(text("dashboard.revenueIn", currency));
        revenue.getData().setAll(List.of(paid, expected));
        totals.setText(text("dashboard.totals", totalBookings, Texts.money(totalPaid, currency), Texts.money(totalExpected, currency)));
    }
}
