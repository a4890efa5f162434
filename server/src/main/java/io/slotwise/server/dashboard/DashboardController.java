package io.slotwise.server.dashboard;

import io.slotwise.common.api.WeeklyTrend;
import io.slotwise.server.security.Role;
import io.slotwise.server.security.Guarded;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff dashboard figures. The upcoming-bookings list lives with bookings. */
@RestController
@RequestMapping("/api/v1/dashboard")
class DashboardController {

    private final DashboardService dashboard;

    DashboardController(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @Guarded(Role.STAFF)
    @GetMapping("/weekly-trend")
    WeeklyTrend weeklyTrend(@RequestParam(required = false) UUID venueId) {
        return dashboard.weeklyTrend(venueId);
    }
}
