package org.privacyscreen.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The zones: API types expose nothing internal; the normaliser needs nothing of the detectors; the internal stages
 * (analysis, names, contact, identifiers, health, context) depend on each other without cycles.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.privacyscreen.text");

    @Test
    void normalise_doesNotDependOnInternal() {
        noClasses().that().resideInAPackage("org.privacyscreen.text.normalise..")
                .should().dependOnClassesThat().resideInAPackage("org.privacyscreen.text.internal..")
                .check(CLASSES);
    }

    @Test
    void apiMethods_exposeNoInternalType() {
        methods().that().arePublic().and().areDeclaredInClassesThat()
                .resideInAnyPackage("org.privacyscreen.text", "org.privacyscreen.text.normalise")
                .should().notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("internal",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().contains(".internal")))
                .check(CLASSES);
    }

    @Test
    void internalStages_areFreeOfCycles() {
        slices().matching("org.privacyscreen.text.internal.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void analysis_dependsOnNoStage() {
        noClasses().that().resideInAPackage("org.privacyscreen.text.internal.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("org.privacyscreen.text.internal.names..",
                        "org.privacyscreen.text.internal.contact..", "org.privacyscreen.text.internal.identifiers..",
                        "org.privacyscreen.text.internal.health..", "org.privacyscreen.text.internal.context..")
                .check(CLASSES);
    }
}
