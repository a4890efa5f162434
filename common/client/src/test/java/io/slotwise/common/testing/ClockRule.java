package io.slotwise.common.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.TimeZone;

/**
 * The desktop apps' rule of time, as an ArchUnit rule: no class reads this computer's clock or
 * zone, except the app's wiring, which makes the one {@link Clock} that everything else is given.
 * A desk may sit in another zone than its venue, and tests move that clock to any hour.
 */
public final class ClockRule {

    private ClockRule() {
    }

    /** Checks every main class under {@code rootPackage}; only {@code wiring} may make the system clock. */
    public static void check(String rootPackage, Class<?> wiring) {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
        ArchRule noWallClock = noClasses()
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(ZoneId.class, "systemDefault")
                .orShould().callMethod(TimeZone.class, "getDefault")
                .because("time comes from the app's one clock and the venue's zone, so any hour and any desk zone work");
        noWallClock.check(main);
        ArchRule onlyWiringMakesTheClock = noClasses().that().doNotHaveFullyQualifiedName(wiring.getName())
                .should().callMethod(Clock.class, "systemUTC")
                .because("the app makes its one clock in its wiring and hands it on");
        onlyWiringMakesTheClock.check(main);
    }
}
