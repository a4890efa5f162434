package io.slotwise.server.readcache;

import static io.slotwise.server.support.Api.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.slotwise.common.api.ActivityDetails;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.server.support.Api;
import io.slotwise.server.support.DatabaseTest;
import io.slotwise.server.support.EventStreamClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public reads answered from memory: tags, 304s, gzip, and above all that a cached answer is
 * never older than a committed change once that change's event is out.
 */
class PublicReadsTest extends DatabaseTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    MeterRegistry meters;

    ActivityDetails activity;
    UUID session;
    String embedKey;
    String owner;

    @BeforeEach
    void venue() {
        activity = fixtures.activity(6, 1, 6, PaymentMode.PAY_AT_VENUE);
        session = fixtures.session(activity, Duration.ofHours(2), 6);
        owner = fixtures.ownerToken(activity.venueId());
        embedKey = api().as(owner).get("/api/v1/venues/" + activity.venueId()).json().path("embedKey").asString();
    }

    private List<String> publicReads() {
        LocalDate day = fixtures.dayOf(session);
        return List.of("/api/v1/public/venues/" + embedKey,
                "/api/v1/public/activities/" + activity.id(),
                "/api/v1/public/activities/" + activity.id() + "/sessions?from=" + day + "&to=" + day.plusDays(30),
                "/api/v1/public/venues/" + embedKey + "/sessions?date=" + day,
                "/api/v1/public/sessions/" + session + "/availability?partySize=2");
    }

    @Test
    void everyPublicReadCarriesATagAndAnswers304WhenTheClientHasIt() {
        for (String path : publicReads()) {
            Api.Response first = api().get(path);
            String tag = first.header("ETag").orElseThrow(() -> new AssertionError("no ETag on " + path));

            Api.Response again = api().get(path, "If-None-Match", tag);
            Api.Response otherTag = api().get(path, "If-None-Match", "\"something-else\"");

            assertThat(first.status()).as(path).isEqualTo(200);
            assertThat(first.header("Cache-Control")).as(path).contains("no-cache");
            assertThat(again.status()).as(path).isEqualTo(304);
            assertThat(again.text()).as(path).isEmpty();
            assertThat(again.header("ETag")).as(path).contains(tag);
            assertThat(otherTag.status()).as(path).isEqualTo(200);
            assertThat(otherTag.text()).as(path).isEqualTo(first.text());
        }
    }

    @Test
    void aRepeatedReadIsAnsweredFromMemoryAndA304TooWithoutRenderingAgain() {
        String path = publicReads().get(2);
        // Changes made while setting up may still be on their way to the cache (each drops the venue's
        // answers): counted from once a read is answered from memory.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> {
            double before = count("hit", "200");
            api().get(path);
            return count("hit", "200") > before;
        });
        String tag = api().get(path).header("ETag").orElseThrow();
        double hits = count("hit", "200");
        double notModified = count("hit", "304");
        double misses = count("miss", "200") + count("miss", "304");

        api().get(path);
        api().get(path, "If-None-Match", tag);

        assertThat(count("hit", "200")).isEqualTo(hits + 1);
        assertThat(count("hit", "304")).isEqualTo(notModified + 1);
        assertThat(count("miss", "200") + count("miss", "304")).as("nothing rendered again").isEqualTo(misses);
    }

    @Test
    void jsonIsGzippedForClientsThatAskAndOnlyForThem() throws Exception {
        String path = publicReads().get(0);
        HttpResponse<byte[]> plain = raw(path, "identity");
        HttpResponse<byte[]> gzipped = raw(path, "gzip, deflate");
        HttpResponse<byte[]> refused = raw(path, "gzip;q=0, identity");

        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzipped.headers().allValues("Vary").toString()).contains("Accept-Encoding");
        assertThat(gzipped.body().length).isLessThan(plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        }
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(api().get(path, "If-None-Match", gzipped.headers().firstValue("ETag").orElseThrow()).status())
                .as("the compressed form's tag names the same answer").isEqualTo(304);
    }

    @Test
    void aCachedAnswerIsNeverOlderThanACommittedChangeOnceItsEventIsOut() {
        String sessions = publicReads().get(2);
        String availability = publicReads().get(4);
        try (EventStreamClient events = new EventStreamClient(streamUrl()).awaitLive()) {
            api().get(sessions);
            api().get(availability);
            assertThat(api().get(sessions).text()).contains("\"capacityRemaining\":6");

            api().post("/api/v1/public/reservations", map("sessionId", session, "partySize", 2, "email", "c@example.com"));
            events.next(e -> e.type().equals("session.updated") && e.data().contains("\"capacityRemaining\":4"), Duration.ofSeconds(5));

            assertThat(api().get(sessions).text()).contains("\"capacityRemaining\":4");
            assertThat(api().get(availability).json().path("capacityRemaining").asInt()).isEqualTo(4);

            Api.Response renamed = api().as(owner).put("/api/v1/activities/" + activity.id(), map("name", "Renamed room",
                    "durationMinutes", 60, "price", 2500, "currency", "EUR", "minPartySize", 1, "maxPartySize", 6, "capacity", 6,
                    "paymentMode", "PAY_AT_VENUE", "schedule", map("operatingDays", List.of(), "startTime", "10:00", "endTime",
                            "22:00", "slotInterval", 60)));
            assertThat(renamed.status()).isEqualTo(200);
            events.next(e -> e.type().equals("activity.updated"), Duration.ofSeconds(5));

            assertThat(api().get(publicReads().get(1)).json().path("name").asString()).isEqualTo("Renamed room");
        }
    }

    @Test
    void aVenueRenamedOrGivenANewKeyIsReadSoAtOnce() {
        String venuePath = "/api/v1/public/venues/" + embedKey;
        assertThat(api().get(venuePath).status()).isEqualTo(200);

        api().as(owner).put("/api/v1/venues/" + activity.venueId(), map("name", "Harbour Front", "timezone", "Europe/Berlin"));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(api().get(venuePath).json().path("name").asString()).isEqualTo("Harbour Front"));

        api().as(owner).post("/api/v1/venues/" + activity.venueId() + "/embed-key", "");
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(api().get(venuePath).status()).as("the old key").isEqualTo(404));
    }

    @Test
    void availabilityEndsWhenTheSessionStartsThoughNothingWasCommitted() {
        String availability = publicReads().get(4);
        assertThat(api().get(availability).json().path("available").asBoolean()).isTrue();

        clock.advance(Duration.ofHours(2).plusMinutes(1));

        assertThat(api().get(availability).json().path("available").asBoolean()).isFalse();
    }

    @Test
    void aSessionWrittenBehindTheServersBackShowsOnceTheServerIsTold() {
        String sessions = publicReads().get(2);
        int before = api().get(sessions).json().size();

        UUID added = fixtures.session(activity, Duration.ofHours(5), 6);

        assertThat(api().get(sessions).json().size()).isEqualTo(before + 1);
        assertThat(api().get(sessions).text()).contains(added.toString());
    }

    private String streamUrl() {
        return "http://localhost:" + port + "/api/v1/public/venues/" + embedKey + "/events";
    }

    private HttpResponse<byte[]> raw(String path, String acceptEncoding) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", acceptEncoding).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private double count(String cache, String status) {
        var counter = meters.find("slotwise.public.reads").tag("cache", cache).tag("status", status).counter();
        return counter == null ? 0 : counter.count();
    }
}
