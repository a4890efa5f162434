package io.slotwise.kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.slotwise.common.api.Booking;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.client.SlotwiseClient;
import io.slotwise.common.testing.ServerProcess;
import io.slotwise.common.testing.TestVenue;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database keeps what it confirmed: a booking made just before the server process
 * dies (kill -9, as in a crash or a power cut) is there when the server comes back.
 */
class ServerCrashTest {

    @TempDir
    Path data;

    @Test
    void aBookingConfirmedJustBeforeACrashSurvivesIt() {
        try (ServerProcess server = ServerProcess.start(data, Map.of())) {
            Booking booked;
            TestVenue venue;
            try (SlotwiseClient owner = SlotwiseClient.builder(server.url()).build()) {
                venue = TestVenue.create(owner, "Crash", 6, 2500);
                var slot = owner.publicApi().activitySessions(venue.activity().id(), venue.today(), venue.today()).get(0);
                Hold hold = owner.publicApi().hold(new HoldRequest(slot.id(), 2, "crash@example.com"));
                booked = owner.staff().confirmAsStaff(hold.id(), new ConfirmRequest("Cora Crash", null, PaymentMethod.CASH));
            }

            server.crash();
            server.start();

            try (SlotwiseClient owner = SlotwiseClient.builder(server.url()).build()) {
                owner.staff().login(ServerProcess.OWNER_EMAIL, ServerProcess.OWNER_PASSWORD);
                assertThat(owner.staff().booking(booked.id()).bookingNumber()).isEqualTo(booked.bookingNumber());
                assertThat(owner.publicApi().activitySessions(venue.activity().id(), venue.today(), venue.today()).get(0).capacityRemaining())
                        .isEqualTo(4);
            }
        }
    }
}
