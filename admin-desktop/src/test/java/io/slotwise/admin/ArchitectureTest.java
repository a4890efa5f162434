package io.slotwise.admin;

import io.slotwise.common.testing.ClockRule;
import org.junit.jupiter.api.Test;

/** The admin app's shape, written down as rules that must pass. */
class ArchitectureTest {

    @Test
    void timeComesFromTheAppsOneClockAndTheVenuesZone() {
        ClockRule.check("io.slotwise.admin", AdminApp.class);
    }
}
