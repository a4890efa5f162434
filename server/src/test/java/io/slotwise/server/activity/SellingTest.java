package io.slotwise.server.activity;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.server.support.Api;
import io.slotwise.server.support.DatabaseTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Selling as venues sell, through the API: a private room priced by group size that the first
 * party takes whole; a shared hunt with adult and child tickets; prices shown before any hold and
 * computed by the server; and activity settings that cannot mean anything refused with the field.
 */
class SellingTest extends DatabaseTest {

    @org.springframework.beans.factory.annotation.Autowired
    ActivityService activities;

    private UUID venue;
    private Api owner;

    @BeforeEach
    void venue() {
        venue = fixtures.venue("Europe/Berlin").id();
        owner = api().as(fixtures.ownerToken(venue));
    }

    @AfterEach
    void invariants() {
        fixtures.assertCapacityInvariant();
    }

    private static Map<String, Object> activity(String name, String mode, int min, int max, Map<String, Object> more) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(map("name", name, "description", "", "durationMinutes", 60,
                "price", 2500, "currency", "EUR", "minPartySize", min, "maxPartySize", max, "capacity", max,
                "paymentMode", "PAY_AT_VENUE", "bookingMode", mode,
                "schedule", map("operatingDays", List.of(), "startTime", "10:00", "endTime", "22:00", "slotInterval", 60)));
        body.putAll(more);
        return body;
    }

    private static List<Map<String, Object>> groupPrices(int min, int max) {
        return java.util.stream.IntStream.rangeClosed(min, max)
                .mapToObj(n -> map("partySize", n, "price", 5000 + 1000 * (n - min))).toList();
    }

    private UUID create(Map<String, Object> body) {
        Api.Response created = owner.post("/api/v1/venues/" + venue + "/activities", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return UUID.fromString(created.json().path("id").asString());
    }

    private UUID sessionOf(UUID activity) {
        return fixtures.session(activities.details(activity), Duration.ofDays(2), 6);
    }

    private Api.Response hold(UUID session, int party, Object tickets) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(map("sessionId", session, "partySize", party, "email", "sell@example.com"));
        if (tickets != null) {
            body.put("tickets", tickets);
        }
        return api().post("/api/v1/public/reservations", body);
    }

    @Test
    void thePrivateRoomIsPricedByGroupSizeAndTakenWholeByItsFirstParty() {
        UUID tomb = create(activity("Tomb", "PRIVATE", 2, 6, map("groupPrices", groupPrices(2, 6), "bufferMinutes", 15,
                "imageUrl", "https://escape.example/tomb.jpg")));
        JsonNode shown = api().get("/api/v1/public/activities/" + tomb).json();
        assertThat(shown.path("bookingMode").asString()).isEqualTo("PRIVATE");
        assertThat(shown.path("groupPrices").findValues("price").stream().map(JsonNode::asLong).toList())
                .containsExactly(5000L, 6000L, 7000L, 8000L, 9000L);
        assertThat(shown.path("imageUrl").asString()).isEqualTo("https://escape.example/tomb.jpg");
        UUID session = sessionOf(tomb);

        Api.Response four = hold(session, 4, null);
        assertThat(four.status()).isEqualTo(201);
        assertThat(four.json().path("amount").asLong()).isEqualTo(7000);
        Api.Response strangers = hold(session, 2, null);
        assertThat(strangers.status()).isEqualTo(409);
        assertThat(strangers.code()).isEqualTo("INSUFFICIENT_CAPACITY");
        assertThat(strangers.text()).contains("privately");
        JsonNode listed = api().get("/api/v1/public/activities/" + tomb + "/sessions?from=" + fixtures.dayOf(session) + "&to="
                + fixtures.dayOf(session)).json().get(0);
        assertThat(listed.path("capacityRemaining").asInt()).as("no places for strangers").isZero();

        api().delete("/api/v1/public/reservations/" + four.json().path("id").asString(), "X-Hold-Token",
                four.json().path("holdToken").asString());
        Api.Response two = hold(session, 2, null);
        assertThat(two.status()).isEqualTo(201);
        assertThat(two.json().path("amount").asLong()).isEqualTo(5000);
        assertThat(hold(session, 7, null).code()).as("more than the room takes").isEqualTo("VALIDATION_FAILED");
    }

    @Test
    void aSharedHuntSellsAdultAndChildTicketsAtTheirPrices() {
        UUID hunt = create(activity("Kids' hunt", "SHARED", 1, 6, map("priceCategories", List.of(
                map("code", "adult", "name", "Adult", "price", 1800), map("code", "Child", "name", "Child (4-12)", "price", 1200)))));
        assertThat(api().get("/api/v1/public/activities/" + hunt).json().path("priceCategories").findValuesAsString("code"))
                .containsExactly("adult", "child");
        UUID session = sessionOf(hunt);

        Api.Response family = hold(session, 3, List.of(map("category", "adult", "count", 1), map("category", "child", "count", 2)));
        assertThat(family.status()).as(family.text()).isEqualTo(201);
        assertThat(family.json().path("amount").asLong()).isEqualTo(1800 + 2 * 1200);
        assertThat(family.json().path("tickets").findValuesAsString("category")).containsExactly("adult", "child");
        Api.Response booked = api().post("/api/v1/public/reservations/" + family.json().path("id").asString() + "/confirm",
                map("customerName", "The Smiths"), "X-Hold-Token", family.json().path("holdToken").asString());
        assertThat(booked.json().path("totalAmount").asLong()).isEqualTo(4200);
        assertThat(booked.json().path("tickets").findValues("count").stream().map(JsonNode::asInt).toList()).containsExactly(1, 2);

        Api.Response plain = hold(session, 2, null);
        assertThat(plain.json().path("amount").asLong()).as("without tickets: the price per person").isEqualTo(5000);
        Api.Response wrong = hold(session, 2, List.of(map("category", "senior", "count", 2)));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text()).contains("tickets[0].category").contains("adult");
        assertThat(hold(session, 3, List.of(map("category", "adult", "count", 1))).text()).contains("the party is 3");
    }

    @Test
    void settingsThatCannotMeanAnythingAreRefusedNamingTheField() {
        Api.Response categoriesForAPrivateRoom = owner.post("/api/v1/venues/" + venue + "/activities", activity("Tomb", "PRIVATE", 2, 6,
                map("priceCategories", List.of(map("code", "adult", "name", "Adult", "price", 1000)))));
        Api.Response gapInGroupPrices = owner.post("/api/v1/venues/" + venue + "/activities", activity("Tomb", "PRIVATE", 2, 6,
                map("groupPrices", groupPrices(2, 4))));
        Api.Response groupPricesForAShareActivity = owner.post("/api/v1/venues/" + venue + "/activities", activity("Tour", "SHARED", 1, 6,
                map("groupPrices", groupPrices(1, 6))));
        Api.Response twiceTheSameCode = owner.post("/api/v1/venues/" + venue + "/activities", activity("Tour", "SHARED", 1, 6,
                map("priceCategories", List.of(map("code", "adult", "name", "A", "price", 1), map("code", "adult", "name", "B", "price", 2)))));
        Api.Response endlessReset = owner.post("/api/v1/venues/" + venue + "/activities", activity("Tour", "SHARED", 1, 6,
                map("bufferMinutes", 24 * 60 + 1)));
        Api.Response scriptImage = owner.post("/api/v1/venues/" + venue + "/activities", activity("Tour", "SHARED", 1, 6,
                map("imageUrl", "javascript:alert(1)")));

        assertThat(categoriesForAPrivateRoom.text()).contains("priceCategories");
        assertThat(gapInGroupPrices.text()).contains("every party size from 2 to 6");
        assertThat(groupPricesForAShareActivity.text()).contains("groupPrices");
        assertThat(twiceTheSameCode.text()).contains("priceCategories[1].code");
        assertThat(endlessReset.text()).contains("bufferMinutes");
        assertThat(scriptImage.text()).contains("imageUrl");
        for (Api.Response r : List.of(categoriesForAPrivateRoom, gapInGroupPrices, groupPricesForAShareActivity, twiceTheSameCode,
                endlessReset, scriptImage)) {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.code()).isEqualTo("VALIDATION_FAILED");
        }
    }

    @Test
    void anUpdateThatLeavesSellingOutKeepsIt() {
        UUID tomb = create(activity("Tomb", "PRIVATE", 2, 6, map("groupPrices", groupPrices(2, 6), "bufferMinutes", 20)));
        Map<String, Object> older = activity("Tomb renamed", "PRIVATE", 2, 6, map());
        older.remove("bookingMode");
        Api.Response updated = owner.put("/api/v1/activities/" + tomb, older);
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(updated.json().path("bookingMode").asString()).isEqualTo("PRIVATE");
        assertThat(updated.json().path("groupPrices")).hasSize(5);
        assertThat(updated.json().path("bufferMinutes").asInt()).isEqualTo(20);
    }
}
