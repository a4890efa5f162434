package io.slotwise.server.message;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.slotwise.common.api.ActivityDetails;
import io.slotwise.server.booking.ManageTokens;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.TestMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The confirmation mail against a real SMTP server: written with the booking, delivered after it,
 * in the booking's language, with the manage link and a calendar file that reads back to the
 * session's exact start and end, across a daylight-saving change and in a half-hour zone.
 */
public class ConfirmationMailTest extends DatabaseTest {

    final TestMail mail = TestMail.shared();

    @Autowired
    MessageDispatcher dispatcher;

    @Autowired
    ManageTokens manageTokens;

    @AfterEach
    void mailServerBack() {
        mail.start();
    }

    record Booked(String bookingId, String number, String email, UUID sessionId) {
    }

    /** A customer books the session through the public API, in {@code locale}. */
    private Booked book(UUID session, String locale) {
        String email = "guest-" + UUID.randomUUID() + "@example.com";
        JsonNode held = api().post("/api/v1/public/reservations",
                map("sessionId", session, "partySize", 2, "email", email, "locale", locale)).json();
        Api.Response confirmed = api().post("/api/v1/public/reservations/" + held.path("id").asString() + "/confirm",
                map("customerName", "Ana Gómez"), "X-Hold-Token", held.path("holdToken").asString());
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(201);
        return new Booked(confirmed.json().path("id").asString(), confirmed.json().path("bookingNumber").asString(), email, session);
    }

    @Test
    void theConfirmationSaysWhatToBringInTheCustomersLanguage() throws Exception {
        ActivityDetails activity = fixtures.activityBringing("Europe/Berlin", "Geschlossene Schuhe; 10 Minuten vorher da sein");
        assertThat(api().get("/api/v1/public/activities/" + activity.id()).json().path("whatToBring").asString())
                .isEqualTo("Geschlossene Schuhe; 10 Minuten vorher da sein");
        Booked booked = book(fixtures.session(activity, Duration.ofDays(3), 8), "de");

        dispatcher.dispatch();

        MimeMessage confirmation = mail.to(booked.email()).get(0);
        assertThat(partOfType(confirmation, "text/plain")).contains("Bitte mitbringen: Geschlossene Schuhe; 10 Minuten vorher da sein");
        assertThat(partOfType(confirmation, "text/html")).contains("Bitte mitbringen").contains("Geschlossene Schuhe");
    }

    @Test
    void aBookingPaidPartlyByAGiftCardSaysWhatTheCardPaidAndWhatIsLeftAtTheVenue() throws Exception {
        ActivityDetails activity = fixtures.activityIn("Europe/Berlin");
        String code = api().as(fixtures.staffToken(activity.venueId())).post("/api/v1/venues/" + activity.venueId() + "/gift-cards",
                map("amount", 3000, "currency", "EUR")).json().path("code").asString();
        UUID session = fixtures.session(activity, Duration.ofDays(2), 8);
        String email = "gutschein-" + UUID.randomUUID() + "@example.com";
        JsonNode held = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", email,
                "locale", "de")).json();
        api().post("/api/v1/public/reservations/" + held.path("id").asString() + "/gift-card", map("code", code),
                "X-Hold-Token", held.path("holdToken").asString());
        assertThat(api().post("/api/v1/public/reservations/" + held.path("id").asString() + "/confirm", map("customerName", "Gerd"),
                "X-Hold-Token", held.path("holdToken").asString()).status()).isEqualTo(201);

        dispatcher.dispatch();

        String text = partOfType(mail.to(email).get(0), "text/plain");
        assertThat(text).containsPattern("Gesamt: 50,00.€ \\(noch 20,00.€ vor Ort zu bezahlen\\)")
                .containsPattern("davon 30,00.€ mit Ihrem Gutschein bezahlt");
        assertThat(partOfType(mail.to(email).get(0), "text/html")).contains("mit Ihrem Gutschein bezahlt");
    }

    @Test
    void aBookingWithAPromoCodeSaysThePriceAndTheDiscountBesideTheTotal() throws Exception {
        ActivityDetails activity = fixtures.activityIn("Europe/Paris");
        assertThat(api().as(fixtures.ownerToken(activity.venueId())).post("/api/v1/venues/" + activity.venueId() + "/promo-codes",
                map("code", "AMIS", "percentOff", 20)).status()).isEqualTo(201);
        UUID session = fixtures.session(activity, Duration.ofDays(2), 8);
        String email = "promo-" + UUID.randomUUID() + "@example.com";
        JsonNode held = api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", email,
                "locale", "fr", "promoCode", "amis")).json();
        assertThat(api().post("/api/v1/public/reservations/" + held.path("id").asString() + "/confirm", map("customerName", "Léa"),
                "X-Hold-Token", held.path("holdToken").asString()).status()).isEqualTo(201);
        Booked without = book(session, "fr");

        dispatcher.dispatch();

        String text = partOfType(mail.to(email).get(0), "text/plain");
        assertThat(text).containsPattern("Prix 50,00.€, moins 10,00.€ grâce à votre code promo").containsPattern("Total : 40,00.€|Total: 40,00.€");
        assertThat(partOfType(mail.to(email).get(0), "text/html")).contains("grâce à votre code promo");
        assertThat(partOfType(mail.to(without.email()).get(0), "text/plain")).doesNotContain("code promo");
    }

    @ParameterizedTest(name = "{0} on {1} {2} local")
    @CsvSource({
            // the morning Europe switches to summer time: 10:00 is 08:00 UTC, not 09:00
            "Europe/Berlin, 2027-03-28, 10:00, de, Ihre Buchung",
            // a zone half an hour off the hour
            "Asia/Kolkata, 2027-01-15, 19:30, en, Your booking",
            "America/New_York, 2027-11-07, 09:00, es, Tu reserva",
            "Europe/Amsterdam, 2027-06-01, 18:00, nl, Je boeking",
            "Europe/Paris, 2027-06-01, 18:00, fr, Votre réservation"
    })
    void theConfirmationReachesTheCustomerInTheirLanguageWithACalendarFileAtTheExactTime(String zone, String date,
            String time, String locale, String subjectStart) throws Exception {
        ZoneId venueZone = ZoneId.of(zone);
        Instant start = LocalDateTime.parse(date + "T" + time).atZone(venueZone).toInstant();
        clock.set(start.minus(Duration.ofDays(3)));
        ActivityDetails activity = fixtures.activityIn(zone);
        UUID session = fixtures.session(activity, Duration.ofDays(3), 8);
        Booked booked = book(session, locale);

        assertThat(mail.to(booked.email())).as("nothing is sent inside the booking's request").isEmpty();
        dispatcher.dispatch();

        List<MimeMessage> received = mail.to(booked.email());
        assertThat(received).hasSize(1);
        MimeMessage confirmation = received.get(0);
        assertThat(confirmation.getSubject()).startsWith(subjectStart).contains(activity.name());
        String text = partOfType(confirmation, "text/plain");
        String html = partOfType(confirmation, "text/html");
        String manageUrl = "/manage?booking=" + booked.number() + "&token=" + manageTokens.tokenFor(UUID.fromString(booked.bookingId()));
        assertThat(text).contains(booked.number()).contains(manageUrl).contains("Ana Gómez");
        assertThat(html).contains(booked.number()).contains(manageUrl.replace("&", "&amp;"));

        ICalendar ical = Biweekly.parse(partOfType(confirmation, "text/calendar")).first();
        VEvent event = ical.getEvents().get(0);
        assertThat(event.getUid().getValue()).isEqualTo("booking-" + booked.bookingId() + "@slotwise");
        assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(start);
        assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(start.plus(Duration.ofMinutes(activity.durationMinutes())));
        assertThat(event.getSummary().getValue()).contains(activity.name());
        assertThat(Biweekly.write(ical).go()).as("start and end written in UTC")
                .containsPattern("DTSTART:\\d{8}T\\d{6}Z").containsPattern("DTEND:\\d{8}T\\d{6}Z");

        dispatcher.dispatch();
        assertThat(mail.to(booked.email())).as("sent once").hasSize(1);
        JsonNode messages = api().as(fixtures.staffToken(activity.venueId()))
                .get("/api/v1/bookings/" + booked.bookingId() + "/messages").json();
        assertThat(messages.get(0).path("status").asString()).isEqualTo("SENT");
        assertThat(messages.get(0).path("locale").asString()).isEqualTo(locale);
    }

    @Test
    void aMailServerThatIsDownDelaysTheMailButNeitherTheBookingNorItsDelivery() throws Exception {
        ActivityDetails activity = fixtures.activityIn("Europe/Berlin");
        UUID session = fixtures.session(activity, Duration.ofDays(2), 8);
        mail.stop();

        Booked booked = book(session, "en");
        dispatcher.dispatch();
        String staff = fixtures.staffToken(activity.venueId());
        JsonNode pending = api().as(staff).get("/api/v1/bookings/" + booked.bookingId() + "/messages").json().get(0);
        assertThat(pending.path("status").asString()).isEqualTo("PENDING");
        assertThat(pending.path("attempts").asInt()).isEqualTo(1);
        assertThat(pending.path("lastError").asString()).isNotBlank();

        mail.start();
        dispatcher.dispatch();
        assertThat(mail.to(booked.email())).as("not before its retry time").isEmpty();
        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatch();
        dispatcher.dispatch();

        assertThat(mail.to(booked.email())).as("delivered once when the server is back").hasSize(1);
        JsonNode sent = api().as(staff).get("/api/v1/bookings/" + booked.bookingId() + "/messages").json().get(0);
        assertThat(sent.path("status").asString()).isEqualTo("SENT");
        assertThat(sent.path("attempts").asInt()).isEqualTo(2);
        assertThat(fixtures.remaining(session)).isEqualTo(6);
    }

    @Test
    void staffCanSendAMessageAgainAsANewMail() throws Exception {
        ActivityDetails activity = fixtures.activityIn("Europe/Berlin");
        Booked booked = book(fixtures.session(activity, Duration.ofDays(2), 8), "de");
        dispatcher.dispatch();
        String staff = fixtures.staffToken(activity.venueId());
        String first = api().as(staff).get("/api/v1/bookings/" + booked.bookingId() + "/messages").json().get(0).path("id").asString();

        Api.Response again = api().as(staff).post("/api/v1/bookings/" + booked.bookingId() + "/messages/" + first + "/resend", "");
        assertThat(again.status()).isEqualTo(202);
        dispatcher.dispatch();

        List<MimeMessage> received = mail.to(booked.email());
        assertThat(received).hasSize(2);
        assertThat(received.get(0).getMessageID()).isNotEqualTo(received.get(1).getMessageID());
        assertThat(received.get(1).getSubject()).startsWith("Ihre Buchung");
        assertThat(api().as(staff).post("/api/v1/bookings/" + booked.bookingId() + "/messages/" + UUID.randomUUID() + "/resend", "")
                .code()).isEqualTo("NOT_FOUND");
    }

    /** The first part of the mail with this content type, as text. */
    public static String partOfType(Part part, String type) throws Exception {
        List<String> found = new ArrayList<>();
        collect(part, type, found);
        assertThat(found).as("a " + type + " part").isNotEmpty();
        return found.get(0);
    }

    private static void collect(Part part, String type, List<String> found) throws Exception {
        if (part.isMimeType(type)) {
            Object content = part.getContent();
            if (content instanceof String text) {
                found.add(text);
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                part.getDataHandler().writeTo(bytes);
                found.add(bytes.toString(StandardCharsets.UTF_8));
            }
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, type, found);
            }
        }
    }
}
