package io.slotwise.server.message;

import static io.slotwise.server.message.ConfirmationMailTest.partOfType;
import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ReminderAndCancellationMailTest extends DatabaseTest {

    final TestMail mail = TestMail.shared();

    @Autowired
    MessageDispatcher dispatcher;

    @Autowired
    Outbox outbox;

    record Booked(String id, String number, String email) {
    }

    private Booked book(UUID session, String locale) {
        String email = "guest-" + UUID.randomUUID() + "@example.com";
        JsonNode held = api().post("/api/v1/public/reservations",
                map("sessionId", session, "partySize", 3, "email", email, "locale", locale)).json();
        JsonNode booking = api().post("/api/v1/public/reservations/" + held.path("id").asString() + "/confirm",
                map("customerName", "Jan de Vries"), "X-Hold-Token", held.path("holdToken").asString()).json();
        return new Booked(booking.path("id").asString(), booking.path("bookingNumber").asString(), email);
    }

    private List<String> kinds(Booked booked, String staff) {
        JsonNode messages = api().as(staff).get("/api/v1/bookings/" + booked.id() + "/messages").json();
        assertThat(messages.isArray()).as(messages.toString()).isTrue();
        List<String> kinds = new ArrayList<>();
        messages.forEach(m -> kinds.add(m.path("kind").asString()));
        return kinds;
    }

    @Test
    void aReminderGoesOnceADayAheadAndNotForBookingsMadeWithinThatDay() throws Exception {
        ActivityDetails activity = fixtures.activityIn("Europe/Amsterdam");
        UUID early = fixtures.session(activity, Duration.ofDays(3), 8);
        Booked ahead = book(early, "nl");
        String staff = fixtures.staffToken(activity.venueId());

        outbox.writeReminders();
        assertThat(kinds(ahead, staff)).as("three days ahead: no reminder yet").containsExactly("BOOKING_CONFIRMED");

        clock.advance(Duration.ofDays(2).plusHours(1)); // 23 hours before the start
        staff = fixtures.staffToken(activity.venueId()); // a new day, a new login
        UUID soon = fixtures.session(activity, Duration.ofHours(5), 8);
        Booked lastMinute = book(soon, "nl");
        // Two instances writing reminders at the same moment still write one per booking.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Integer> write = () -> {
            go.await();
            return outbox.writeReminders();
        };
        Future<Integer> one = pool.submit(write);
        Future<Integer> two = pool.submit(write);
        go.countDown();
        one.get();
        two.get();
        pool.shutdown();

        assertThat(kinds(ahead, staff)).containsExactly("BOOKING_CONFIRMED", "BOOKING_REMINDER");
        assertThat(kinds(lastMinute, staff)).as("booked within the day: its confirmation is enough").containsExactly("BOOKING_CONFIRMED");
        outbox.writeReminders();
        assertThat(kinds(ahead, staff)).hasSize(2);

        dispatcher.dispatch();
        List<MimeMessage> received = mail.to(ahead.email());
        assertThat(received).extracting(MimeMessage::getSubject)
                .anySatisfy(s -> assertThat(s).startsWith("Herinnering: " + activity.name()));
        MimeMessage reminder = received.stream().filter(m -> subject(m).startsWith("Herinnering")).findFirst().orElseThrow();
        assertThat(partOfType(reminder, "text/plain")).contains(ahead.number()).contains("/manage?booking=" + ahead.number());
    }

    @Test
    void aCancellationIsMailedWithWhatComesBack() throws Exception {
        ActivityDetails activity = fixtures.activityIn("Europe/Berlin");
        Booked booked = book(fixtures.session(activity, Duration.ofDays(2), 8), "de");
        String staff = fixtures.staffToken(activity.venueId());

        assertThat(api().as(staff).post("/api/v1/bookings/" + booked.id() + "/cancel", "").status()).isEqualTo(200);
        dispatcher.dispatch();

        MimeMessage cancelled = mail.to(booked.email()).stream().filter(m -> subject(m).startsWith("Storniert"))
                .findFirst().orElseThrow();
        String text = partOfType(cancelled, "text/plain");
        assertThat(text).contains(booked.number()).contains("keine Online-Zahlung");
        assertThat(kinds(booked, staff)).containsExactlyInAnyOrder("BOOKING_CONFIRMED", "BOOKING_CANCELLED");
    }

    @Test
    void aMoveIsMailedWithACalendarFileThatReplacesTheEvent() throws Exception {
        ActivityDetails activity = fixtures.activityIn("Europe/Berlin");
        Booked booked = book(fixtures.session(activity, Duration.ofDays(2), 8), "de");
        UUID later = fixtures.session(activity, Duration.ofDays(4), 8);
        String staff = fixtures.staffToken(activity.venueId());

        JsonNode moved = api().as(staff).post("/api/v1/bookings/" + booked.id() + "/reschedule", map("sessionId", later)).json();
        dispatcher.dispatch();

        MimeMessage mailed = mail.to(booked.email()).stream().filter(m -> subject(m).startsWith("Neuer Termin"))
                .findFirst().orElseThrow();
        biweekly.component.VEvent event = biweekly.Biweekly.parse(partOfType(mailed, "text/calendar")).first().getEvents().get(0);
        assertThat(event.getUid().getValue()).as("the same event, moved").isEqualTo("booking-" + booked.id() + "@slotwise");
        assertThat(event.getDateStart().getValue().toInstant())
                .as("to the second, as calendar files carry it")
                .isEqualTo(java.time.OffsetDateTime.parse(moved.path("startTime").asString()).toInstant()
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(kinds(booked, staff)).containsExactlyInAnyOrder("BOOKING_CONFIRMED", "BOOKING_RESCHEDULED");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
