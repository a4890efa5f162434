package io.slotwise.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.slotwise.common.api.ActivityRequest;
import io.slotwise.common.api.ConfirmRequest;
import io.slotwise.common.api.ErrorCode;
import io.slotwise.common.api.Hold;
import io.slotwise.common.api.HoldRequest;
import io.slotwise.common.api.HoldStatus;
import io.slotwise.common.api.PaymentMethod;
import io.slotwise.common.api.PaymentMode;
import io.slotwise.common.api.Schedule;
import io.slotwise.common.api.SessionView;
import io.slotwise.common.api.VenueEvent;
import io.slotwise.common.api.VenueRequest;
import io.slotwise.common.client.EventSubscription;
import io.slotwise.common.client.SlotwiseApiException;
import io.slotwise.common.client.SlotwiseClient;
import io.slotwise.server.organization.OrganizationService;
import io.slotwise.server.security.Role;
import io.slotwise.server.support.DatabaseTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The apps' Java client against the real server: set-up, the booking flow, errors and live events. */
class SlotwiseClientFlowTest extends DatabaseTest {

    @Autowired
    OrganizationService organizations;

    @Test
    void anOwnerSetsUpAVenueAndAKioskBooksAWalkInWhileTheCalendarUpdatesLive() {
        UUID org = organizations.create("Client Co");
        String email = "client-" + UUID.randomUUID() + "@example.com";
        organizations.addMember(org, email, "Owner", "owner password", Role.OWNER);
        String base = "http://localhost:" + port;
        try (SlotwiseClient owner = SlotwiseClient.builder(base).build()) {
            owner.staff().login(email, "owner password");
            var venue = owner.staff().createVenue(org, new VenueRequest("Client Rooms", "Europe/Berlin", List.of()));
            LocalDate tomorrow = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin"))).plusDays(1);
            var activity = owner.staff().createActivity(venue.id(), new ActivityRequest("Vault", "", 60, 3000L, "EUR", 1, 4, 4,
                    PaymentMode.PREPAY, null, new Schedule(List.of(tomorrow.getDayOfWeek().name()), "10:00", "12:00", 60,
                            Map.of(), List.of()), true));
            String kioskToken = owner.admin().registerKioskDevice(venue.id(), "Lobby").token();

            try (SlotwiseClient kiosk = SlotwiseClient.builder(base).bearerToken(kioskToken).build()) {
                List<SessionView> sessions = kiosk.publicApi().activitySessions(activity.id(), tomorrow, tomorrow);
                assertThat(sessions).hasSize(2);
                SessionView session = sessions.get(0);
                List<VenueEvent> seen = new CopyOnWriteArrayList<>();
                EventSubscription live = kiosk.events().subscribeVenue(venue.embedKey(), seen::add);
                try {
                    await().atMost(Duration.ofSeconds(5))
                            .until(() -> live.state() == io.slotwise.common.client.ConnectionState.LIVE);

                    Hold hold = kiosk.publicApi().hold(new HoldRequest(session.id(), 3, "walkin@example.com"));
                    assertThat(hold.status()).isEqualTo(HoldStatus.HELD);
                    assertThat(hold.expiresAt().getOffset().getId()).isNotEqualTo("Z");
                    var booking = kiosk.staff().confirmAsStaff(hold.id(), new ConfirmRequest("Walk In", null, PaymentMethod.CARD, "TERM-" + hold.id()));
                    assertThat(booking.bookingNumber()).startsWith("SW-");
                    assertThat(kiosk.publicApi().readHold(hold.id(), hold.holdToken()).bookingNumber()).isEqualTo(booking.bookingNumber());

                    await().atMost(Duration.ofSeconds(2)).until(() -> seen.stream()
                            .anyMatch(e -> e instanceof VenueEvent.SessionUpdated u && u.sessionId().equals(session.id())
                                    && u.capacityRemaining() == 1));
                } finally {
                    live.close();
                }

                assertThatThrownBy(() -> kiosk.publicApi().hold(new HoldRequest(session.id(), 2, "late@example.com")))
                        .isInstanceOfSatisfying(SlotwiseApiException.class, e -> {
                            assertThat(e.status()).isEqualTo(409);
                            assertThat(e.errorCode()).hasValue(ErrorCode.INSUFFICIENT_CAPACITY);
                        });
                assertThatThrownBy(() -> kiosk.staff().searchBookings(venue.id(), tomorrow, tomorrow, null))
                        .isInstanceOfSatisfying(SlotwiseApiException.class, e -> assertThat(e.status()).isEqualTo(403));
            }
            assertThat(owner.staff().searchBookings(venue.id(), tomorrow, tomorrow, "walk")).hasSize(1);
        }
    }
}
