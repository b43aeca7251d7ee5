package kg.kozomol.qual;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The text tools of the qual module (pseudonymisation, speaker turns, agreement, REFI-QDA) are plain Java: no
 * Spring and no other Kozomol package, so they can be tested and benchmarked alone. The one exception is Spring
 * Modulith's {@code @NamedInterface}, metadata that lets other modules name a hit's kind; it does nothing at run time.
 */
class QualTextToolsArchitectureTest {

    private final JavaClasses tools = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kg.kozomol.qual.pii", "kg.kozomol.qual.turns", "kg.kozomol.qual.agreement",
                    "kg.kozomol.qual.refi");

    @Test
    void dependOnlyOnTheJdkAndTheirOwnLibraries() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.xml..", "kg.kozomol.qual.pii..", "kg.kozomol.qual.turns..",
                        "kg.kozomol.qual.agreement..", "kg.kozomol.qual.refi..", "com.google.i18n.phonenumbers..",
                        "morfologik.stemming..", "org.springframework.modulith")
                .check(tools);
    }
}
