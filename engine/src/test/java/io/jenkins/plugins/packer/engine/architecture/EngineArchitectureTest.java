package io.jenkins.plugins.packer.engine.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the engine's package rules on the production classes. */
class EngineArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.jenkins.plugins.packer.engine");
        // guard against a rule that passes because nothing was imported
        assertThat(production.contain("io.jenkins.plugins.packer.engine.cli.JPacker")).isTrue();
    }

    @Test
    void engineDoesNotDependOnJenkins() {
        check(EngineArchitectureRules.ENGINE_DOES_NOT_DEPEND_ON_JENKINS);
    }

    @Test
    void engineDoesNotDependOnPlugin() {
        check(EngineArchitectureRules.ENGINE_DOES_NOT_DEPEND_ON_PLUGIN);
    }

    @Test
    void engineHasNoPackageCycles() {
        check(EngineArchitectureRules.NO_PACKAGE_CYCLES_IN_ENGINE);
    }

    private static void check(ArchRule rule) {
        rule.check(production);
    }
}
