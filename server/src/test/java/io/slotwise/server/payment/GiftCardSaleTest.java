package io.slotwise.server.payment;

import static io.slotwise.server.message.ConfirmationMailTest.partOfType;
import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.testing.FakeStripe;
import io.slotwise.server.support.Api.Response;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Gift cards bought online and sold at the desk: the buyer pays the card's amount on the payment
 * page, the provider's notice issues the card (once, however often it comes), and the card's code
 * is mailed to its recipient in the buyer's language, through the outbox.
 */
class GiftCardSaleTest extends DatabaseTest {

    final FakeStripe stripe = FakeStripe.shared();
    final TestMail mail = TestMail.shared();

    @Autowired
    io.slotwise.server.message.MessageDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    ActivityDetails activity;
    String embedKey;

    @BeforeEach
    void venue() {
        stripe.reset();
        activity = fixtures.activity(8, 1, 8, PaymentMode.PAY_AT_VENUE);
        embedKey = api().as(fixtures.ownerToken(activity.venueId())).get("/api/v1/venues/" + activity.venueId()).json()
                .path("embedKey").asString();
    }

    private void notify(String checkout, String giftCardId, String paymentIntent, long amount) {
        String payload = FakeStripe.event("evt_" + UUID.randomUUID(), "checkout.session.completed",
                FakeStripe.giftCardSession(checkout, giftCardId, paymentIntent, amount), clock.instant());
        assertThat(api().postRaw("/api/v1/payments/stripe/webhook", "application/json", payload,
                "Stripe-Signature", FakeStripe.signature(payload, clock.instant(), FakeStripe.WEBHOOK_SECRET)).status()).isEqualTo(200);
    }

    private String giftCardIdOf(String checkout) {
        return jdbc.sql("SELECT id FROM gift_cards WHERE checkout_id = :c").param("c", checkout).query(String.class).single();
    }

    @Test
    void aCardBoughtOnlineIsIssuedOnceItsPaymentIsInAndMailedToItsRecipientInTheBuyersLanguage() throws Exception {
        String recipient = "beschenkt-" + UUID.randomUUID() + "@example.com";
        Response started = api().post("/api/v1/public/venues/" + embedKey + "/gift-cards", map("amount", 5000, "currency", "EUR",
                "buyerEmail", "kaeufer@example.com", "recipientEmail", recipient, "locale", "de"));
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        String checkout = started.json().path("checkoutSessionId").asString();
        assertThat(stripe.calls("/v1/checkout/sessions")).singleElement().satisfies(call -> assertThat(call.form())
                .containsEntry("line_items[0][price_data][unit_amount]", "5000")
                .containsEntry("customer_email", "kaeufer@example.com")
                .containsKey("metadata[gift_card_id]"));
        JsonNode pending = api().get("/api/v1/public/gift-card-checkouts/" + checkout).json();
        assertThat(pending.path("status").asString()).isEqualTo("PENDING");
        assertThat(pending.path("code").isMissingNode() || pending.path("code").isNull()).as("no code before the payment").isTrue();
        String cardId = giftCardIdOf(checkout);

        notify(checkout, cardId, "pi_gift", 5000);
        notify(checkout, cardId, "pi_gift", 5000);

        JsonNode paid = api().get("/api/v1/public/gift-card-checkouts/" + checkout).json();
        assertThat(paid.path("status").asString()).isEqualTo("PAID");
        String code = paid.path("code").asString();
        assertThat(api().get("/api/v1/public/gift-cards/" + code).json().path("balance").asLong()).isEqualTo(5000);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gift_card_ledger WHERE gift_card_id = :id").param("id", UUID.fromString(cardId))
                .query(Integer.class).single()).as("issued once, however often the notice came").isEqualTo(1);
        dispatcher.dispatch();
        MimeMessage sent = mail.to(recipient).get(0);
        assertThat(mail.to(recipient)).hasSize(1);
        assertThat(sent.getSubject()).startsWith("Ihr Gutschein für");
        assertThat(partOfType(sent, "text/plain")).contains(code).contains("im Wert von 50,00");
        assertThat(partOfType(sent, "text/html")).contains(code).contains("/embed?widget=calendar&amp;key=" + embedKey);
    }

    @Test
    void aPaymentOfAnotherAmountIssuesNothingAndGoesBack() {
        String checkout = api().post("/api/v1/public/venues/" + embedKey + "/gift-cards", map("amount", 3000, "currency", "EUR",
                "buyerEmail", "odd@example.com")).json().path("checkoutSessionId").asString();

        notify(checkout, giftCardIdOf(checkout), "pi_odd", 2500);

        assertThat(api().get("/api/v1/public/gift-card-checkouts/" + checkout).json().path("status").asString()).isEqualTo("PENDING");
        assertThat(stripe.refunds()).containsExactly(new FakeStripe.Refund("pi_odd", 2500));
    }

    @Test
    void badPurchasesAreNamedFieldByField() {
        Response bad = api().post("/api/v1/public/venues/" + embedKey + "/gift-cards", map("amount", 50, "currency", "USD",
                "recipientEmail", "nobody"));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("amount", "currency", "buyerEmail", "recipientEmail");
        assertThat(stripe.calls("/v1/checkout/sessions")).isEmpty();
        assertThat(api().get("/api/v1/public/gift-card-checkouts/cs_unknown").status()).isEqualTo(404);
    }

    @Test
    void aCardSoldAtTheDeskWithARecipientIsMailedInTheVenuesLanguage() throws Exception {
        String recipient = "friend-" + UUID.randomUUID() + "@example.com";
        JsonNode card = api().as(fixtures.staffToken(activity.venueId())).post("/api/v1/venues/" + activity.venueId() + "/gift-cards",
                map("amount", 2500, "currency", "EUR", "recipientEmail", recipient)).json();

        dispatcher.dispatch();

        MimeMessage sent = mail.to(recipient).get(0);
        assertThat(sent.getSubject()).startsWith("Your gift card for");
        assertThat(partOfType(sent, "text/plain")).contains(card.path("code").asString()).contains("worth €25.00");
    }
}
