package io.slotwise.server.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Resource windows against a brute-force model: two windows overlap exactly when some minute
 * belongs to both, for every pair of small windows with every reset time; and the cases where
 * local time lies: across midnight and on both daylight-saving nights.
 */
class ResourceWindowTest {

    private static final Instant T0 = Instant.parse("2027-01-01T00:00:00Z");

    private static Instant at(int minute) {
        return T0.plus(Duration.ofMinutes(minute));
    }

    /** Whether some whole minute lies in both [aStart, aEnd + aBuffer) and [bStart, bEnd + bBuffer). */
    private static boolean shareAMinute(int aStart, int aEnd, int aBuffer, int bStart, int bEnd, int bBuffer) {
        for (int m = Math.min(aStart, bStart); m < Math.max(aEnd + aBuffer, bEnd + bBuffer); m++) {
            if (m >= aStart && m < aEnd + aBuffer && m >= bStart && m < bEnd + bBuffer) {
                return true;
            }
        }
        return false;
    }

    @Test
    void overlapIsExactlySharingAnInstantForEveryPairOfSmallWindows() {
        int checked = 0;
        for (int aStart = 0; aStart < 8; aStart++) {
            for (int aLength = 1; aLength < 5; aLength++) {
                for (int aBuffer = 0; aBuffer < 3; aBuffer++) {
                    for (int bStart = 0; bStart < 8; bStart++) {
                        for (int bLength = 1; bLength < 5; bLength++) {
                            for (int bBuffer = 0; bBuffer < 3; bBuffer++) {
                                ResourceWindow a = ResourceWindow.of(at(aStart), at(aStart + aLength), aBuffer);
                                ResourceWindow b = ResourceWindow.of(at(bStart), at(bStart + bLength), bBuffer);
                                boolean expected = shareAMinute(aStart, aStart + aLength, aBuffer, bStart, bStart + bLength, bBuffer);
                                assertThat(a.overlaps(b)).as("%s and %s", a, b).isEqualTo(expected);
                                assertThat(b.overlaps(a)).as("symmetric").isEqualTo(expected);
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(8 * 4 * 3 * 8 * 4 * 3);
    }

    @Test
    void aSessionMayStartTheMomentAnotherOnesResetEnds() {
        ResourceWindow first = ResourceWindow.of(at(0), at(60), 15);
        assertThat(first.overlaps(ResourceWindow.of(at(75), at(135), 0))).isFalse();
        assertThat(first.overlaps(ResourceWindow.of(at(74), at(134), 0))).isTrue();
        assertThat(first.until()).isEqualTo(at(75));
    }

    @ParameterizedTest(name = "{0}: {1} for {2} min + {3} min reset against {4} for {5} min: {6}")
    @CsvSource({
            // across midnight: 23:30-00:30 plus 15 minutes' reset reaches into the next day
            "Europe/Berlin, 2027-06-04T23:30, 60, 15, 2027-06-05T00:40, 60, true",
            "Europe/Berlin, 2027-06-04T23:30, 60, 15, 2027-06-05T00:45, 60, false",
            // spring forward (Berlin, 28 March 2027, 02:00 becomes 03:00): 01:30 + 60 min ends at 03:30 local
            "Europe/Berlin, 2027-03-28T01:30, 60, 0, 2027-03-28T03:15, 30, true",
            "Europe/Berlin, 2027-03-28T01:30, 60, 0, 2027-03-28T03:30, 30, false",
            // fall back (Berlin, 31 October 2027, 03:00 becomes 02:00): 01:30 + 60 min ends at the first 02:30,
            // and its reset at the first 02:45
            "Europe/Berlin, 2027-10-31T01:30, 60, 15, 2027-10-31T02:40, 30, true",
            "Europe/Berlin, 2027-10-31T01:30, 60, 15, 2027-10-31T02:45, 30, false",
            // a reset counts real minutes on the night the clock goes back
            "America/New_York, 2027-11-07T00:30, 60, 30, 2027-11-07T01:45, 30, true",
            // a zone half an hour off the hour
            "Asia/Kolkata, 2027-01-15T19:30, 90, 10, 2027-01-15T21:10, 60, false",
            "Asia/Kolkata, 2027-01-15T19:30, 90, 10, 2027-01-15T21:09, 60, true"
    })
    void windowsFollowRealTimeAcrossMidnightAndDaylightSaving(String zone, String firstStart, int firstMinutes, int firstBuffer,
            String secondStart, int secondMinutes, boolean overlap) {
        ZoneId z = ZoneId.of(zone);
        Instant a = LocalDateTime.parse(firstStart).atZone(z).toInstant();
        Instant b = LocalDateTime.parse(secondStart).atZone(z).toInstant();
        ResourceWindow first = ResourceWindow.of(a, a.plus(Duration.ofMinutes(firstMinutes)), firstBuffer);
        ResourceWindow second = ResourceWindow.of(b, b.plus(Duration.ofMinutes(secondMinutes)), 0);
        assertThat(first.overlaps(second)).isEqualTo(overlap);
    }

    @Test
    void aWindowEndsAfterItStartsAndAResetIsNotNegative() {
        assertThatThrownBy(() -> ResourceWindow.of(at(10), at(10), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResourceWindow.of(at(0), at(10), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
