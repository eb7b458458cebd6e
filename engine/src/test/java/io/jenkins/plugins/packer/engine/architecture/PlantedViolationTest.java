package io.jenkins.plugins.packer.engine.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Proves the rules bite: each one is evaluated against deliberately bad classes that live only in the test
 * sources ({@code io.jenkins.plugins.packer.engine.archfixture}) and must report exactly those classes.
 */
class PlantedViolationTest {

    private static final String FIXTURES = "io.jenkins.plugins.packer.engine.archfixture";

    @Test
    void jenkinsImportInEngineIsReported() {
        EvaluationResult result = EngineArchitectureRules.ENGINE_DOES_NOT_DEPEND_ON_JENKINS
                .evaluate(fixtures("jenkinsdep"));
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("UsesJenkins") && line.contains("hudson.archfixture.FakeJenkinsType"));
    }

    @Test
    void pluginImportInEngineIsReported() {
        EvaluationResult result = EngineArchitectureRules.ENGINE_DOES_NOT_DEPEND_ON_PLUGIN
                .evaluate(fixtures("plugindep"));
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("UsesPlugin") && line.contains("FakePluginType"));
    }

    @Test
    void packageCycleIsReported() {
        EvaluationResult result = EngineArchitectureRules.NO_PACKAGE_CYCLES_IN_ENGINE.evaluate(fixtures("cycle"));
        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains("archfixture.cycle.a").contains("archfixture.cycle.b");
    }

    @Test
    void cleanFixturePackagesPassEveryRule() {
        JavaClasses clean = fixtures("cycle.a");
        // the cycle package alone has no Jenkins or plugin dependency: those rules must stay quiet on it
        assertThat(EngineArchitectureRules.ENGINE_DOES_NOT_DEPEND_ON_JENKINS.evaluate(clean).hasViolation()).isFalse();
        assertThat(EngineArchitectureRules.ENGINE_DOES_NOT_DEPEND_ON_PLUGIN.evaluate(clean).hasViolation()).isFalse();
    }

    private static JavaClasses fixtures(String sub) {
        JavaClasses classes = new ClassFileImporter().importPackages(FIXTURES + "." + sub);
        assertThat(classes).isNotEmpty();
        return classes;
    }
}
