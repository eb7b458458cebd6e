package io.jenkins.plugins.packer.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

class PluginArchitectureTest {

    @Test
    void pluginReachesTheEngineOnlyThroughItsApiPackage() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/packer-engine") && !location.contains("/engine/target/"))
                .importPackages("io.jenkins.plugins.packer");
        assertThat(production.contain("io.jenkins.plugins.packer.EngineCompatibility")).isTrue();
        PluginArchitectureRules.PLUGIN_USES_ONLY_ENGINE_API.check(production);
    }

    @Test
    void plantedReachIntoEngineInternalsIsReported() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.jenkins.plugins.packer.archfixture");
        EvaluationResult result = PluginArchitectureRules.PLUGIN_USES_ONLY_ENGINE_API.evaluate(fixture);
        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains("ReachesIntoEngine").contains("io.jenkins.plugins.packer.engine.cli.MetaArgs");
    }
}
