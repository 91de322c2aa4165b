package org.privacyscreen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** API and SPI types never expose an internal type in anything public. */
@AnalyzeClasses(packages = "org.privacyscreen", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final ArchCondition<JavaClass> NOT_EXPOSE_INTERNAL = new ArchCondition<>("not expose internal types") {
        @Override
        public void check(JavaClass c, ConditionEvents events) {
            c.getMethods().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC)).forEach(m -> {
                m.getRawParameterTypes().forEach(t -> report(events, c, m.getFullName(), t));
                report(events, c, m.getFullName(), m.getRawReturnType());
            });
            c.getConstructors().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                    .forEach(m -> m.getRawParameterTypes().forEach(t -> report(events, c, m.getFullName(), t)));
            c.getFields().stream().filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC))
                    .forEach(f -> report(events, c, f.getFullName(), f.getRawType()));
        }

        private void report(ConditionEvents events, JavaClass owner, String member, JavaClass type) {
            if (type.getPackageName().contains(".internal")) {
                events.add(SimpleConditionEvent.violated(owner, member + " exposes internal " + type.getName()));
            }
        }
    };

    @ArchTest
    static final ArchRule apiAndSpiExposeNoInternalType = classes()
            .that().resideOutsideOfPackage("..internal..").and().arePublic()
            .should(NOT_EXPOSE_INTERNAL);

    @ArchTest
    static final ArchRule spiDoesNotDependOnInternal = classes()
            .that().resideInAPackage("..spi..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackage("..internal..");
}
