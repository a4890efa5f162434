package io.slotwise.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The server's shape, written down as rules that must pass. */
class ArchitectureTest {

    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.slotwise.server");

    @Test
    void theServerHasNoDesktopOrClientLibraries() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "okhttp3..");
        rule.check(SERVER);
    }

    @Test
    void scheduleRulesArePlainJava() {
        ArchRule rule = noClasses().that().resideInAPackage("io.slotwise.server.schedule..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "java.sql..");
        rule.check(SERVER);
    }

    @Test
    void nothingReadsTheSystemClockDirectly() {
        ArchRule rule = noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .because("time comes from the injected Clock, so tests can move it");
        rule.check(SERVER);
    }

    @Test
    void controllersAreOnlyCalledByTheWebLayer() {
        ArchRule rule = noClasses().that().haveSimpleNameNotEndingWith("Controller")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Controller");
        rule.check(SERVER);
    }

    @Test
    void featuresUseEachOthersServicesNotTheirStorage() {
        // Package-private visibility enforces most of this already; the rule keeps it true when
        // a repository or store is made public.
        for (String storage : java.util.List.of("venue.VenueRepository", "activity.ActivityRepository",
                "organization.OrganizationRepository", "organization.StaffUserRepository", "reservation.HoldStore")) {
            String feature = storage.substring(0, storage.indexOf('.'));
            noClasses().that().resideOutsideOfPackage("io.slotwise.server." + feature + "..")
                    .should().dependOnClassesThat().haveFullyQualifiedName("io.slotwise.server." + storage)
                    .because("a feature's storage is its own; other features go through its service")
                    .check(SERVER);
        }
    }

    @Test
    void entitiesStayInsideTheirModule() {
        // Other modules get records (VenueInfo, ActivityInfo, StaffAccount): an entity handed
        // across would let them change another module's table through JPA.
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().notBePublic()
                .because("a module's API returns records, not its JPA entities")
                .check(SERVER);
    }
}
