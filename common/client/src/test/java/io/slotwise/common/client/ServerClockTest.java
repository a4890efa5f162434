package io.slotwise.common.client;

import static io.slotwise.common.client.Responses.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

class ServerClockTest {

    private final Instant local = Instant.parse("2027-03-01T10:00:00.000Z");

    @Test
    void unknownBeforeTheFirstAnswer() {
        assertThat(new ServerClock().serverAhead()).isEmpty();
    }

    @Test
    void oneAnswerPlacesTheOffsetWithinItsSecondAndRoundTrip() {
        ServerClock clock = new ServerClock();
        // The server said 10:05:00 (meaning 10:05:00.000–10:05:00.999) during a 100 ms round trip.
        clock.observe(local.plusSeconds(300), local, local.plusMillis(100));

        assertThat(clock.serverAhead()).hasValueSatisfying(ahead ->
                assertThat(ahead).isBetween(Duration.ofMillis(299_900), Duration.ofMillis(301_000)));
    }

    @Test
    void answersAtDifferentPointsOfTheSecondSharpenTheEstimate() {
        ServerClock clock = new ServerClock();
        Duration truth = Duration.ofMillis(42_700);
        // Quick round trips at several local times: each sees the true server time truncated to seconds.
        for (int i = 0; i < 10; i++) {
            Instant sent = local.plusMillis(i * 137L);
            Instant serverNow = sent.plusMillis(2).plus(truth);
            Instant serverSecond = Instant.ofEpochSecond(serverNow.getEpochSecond());
            clock.observe(serverSecond, sent, sent.plusMillis(4));
        }

        assertThat(clock.serverAhead()).hasValueSatisfying(ahead ->
                assertThat(ahead.minus(truth).abs()).isLessThanOrEqualTo(Duration.ofMillis(80)));
    }

    @Test
    void aClockSetMeanwhileStartsTheEstimateOver() {
        ServerClock clock = new ServerClock();
        clock.observe(local.plusSeconds(300), local, local.plusMillis(10));
        // The server's clock was corrected: now it agrees with ours.
        clock.observe(local.plusSeconds(60), local.plusSeconds(60), local.plusSeconds(60).plusMillis(10));

        assertThat(clock.serverAhead()).hasValueSatisfying(ahead ->
                assertThat(ahead).isBetween(Duration.ofMillis(-10), Duration.ofMillis(1000)));
    }

    @Test
    void theClientLearnsTheOffsetFromTheDateHeaderOfItsCalls() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            String anHourAhead = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().plusSeconds(3600).atOffset(ZoneOffset.UTC));
            MockResponse answer = json(200, "{\"id\":\"6f1c0a3e-8d2b-4c55-9a1e-0b6f3d2c1a01\",\"sessionId\":"
                    + "\"0d9e8f7a-1b2c-4d3e-8f9a-0b1c2d3e4f50\",\"partySize\":2,\"status\":\"HELD\","
                    + "\"expiresAt\":\"2027-05-01T10:15:00+02:00\",\"amount\":0,\"currency\":\"EUR\"}")
                    .newBuilder().setHeader("Date", anHourAhead).build();
            server.enqueue(answer);
            try (SlotwiseClient client = SlotwiseClient.builder(server.url("/").toString()).build()) {
                assertThat(client.serverClockAhead()).isEmpty();

                client.publicApi().readHold(java.util.UUID.fromString("6f1c0a3e-8d2b-4c55-9a1e-0b6f3d2c1a01"), "tok");

                assertThat(client.serverClockAhead()).hasValueSatisfying(ahead ->
                        assertThat(ahead).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(61)));
            }
        }
    }
}
