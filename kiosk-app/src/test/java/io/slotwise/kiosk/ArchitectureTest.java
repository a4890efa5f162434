package io.slotwise.kiosk;

import io.slotwise.common.testing.ClockRule;
import org.junit.jupiter.api.Test;

/** The kiosk app's shape, written down as rules that must pass. */
class ArchitectureTest {

    @Test
    void timeComesFromTheAppsOneClockAndTheVenuesZone() {
        ClockRule.check("io.slotwise.kiosk", KioskApp.class);
    }
}
