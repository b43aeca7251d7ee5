package kg.kozomol.stats;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The statistics engine is plain Java: no Spring, no other Kozomol module, only Commons Math besides the JDK. */
class StatsArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kg.kozomol.stats");

    @Test
    void dependsOnlyOnTheJdkAndCommonsMath() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "kg.kozomol.stats..", "org.apache.commons.math3..")
                .check(engine);
    }
}
