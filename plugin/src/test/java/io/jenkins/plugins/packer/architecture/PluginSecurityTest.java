package io.jenkins.plugins.packer.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each security rule holds for the plugin and is violated by its planted fixture. */
class PluginSecurityTest {

    private static JavaClasses production;
    private static JavaClasses fixtures;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/packer-engine") && !location.contains("/engine/target/")
                        && !location.contains("jenkins-api-stand-in"))
                .importPackages("io.jenkins.plugins.packer");
        fixtures = new ClassFileImporter().importPackages("io.jenkins.plugins.packer.archfixture");
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("POST+permission", SecurityRules.WEB_METHODS_USE_POST_AND_CHECK_PERMISSION,
                        new String[] {"doFillCredentialsIdItems", "does not check", "doCheckUrl"}),
                Arguments.of("public @DataBoundConstructor", SecurityRules.DATA_BOUND_CONSTRUCTORS_IN_PUBLIC_CLASSES,
                        new String[] {"HiddenDataBound"}),
                Arguments.of("public @DataBoundSetter", SecurityRules.DATA_BOUND_SETTERS_IN_PUBLIC_CLASSES,
                        new String[] {"HiddenDataBound.setName"}),
                Arguments.of("no Jenkins.get()", SecurityRules.NO_JENKINS_INSTANCE_OUTSIDE_DESCRIPTORS,
                        new String[] {"LogicCallingJenkins", "Jenkins.get()"}),
                Arguments.of("no Secret.toString()", SecurityRules.NO_SECRET_TO_STRING,
                        new String[] {"LogicCallingJenkins", "Secret.toString()"}),
                Arguments.of("callables", SecurityRules.CALLABLES_ARE_STATIC_NAMED_CLASSES,
                        new String[] {"AnonymousCallable$1", "ReturnsForeignType.call()",
                            "com.tngtech.archunit.core.domain.JavaClass"}),
                Arguments.of("plain logic", SecurityRules.LOGIC_IS_FREE_OF_JENKINS,
                        new String[] {"LaunchWithJenkinsType", "hudson.FilePath"}));
    }

    @ParameterizedTest(name = "{0} holds for the plugin")
    @MethodSource("rules")
    void ruleHoldsForThePlugin(String name, ArchRule rule, String[] ignored) {
        assertThat(production.contain("io.jenkins.plugins.packer.PackerCredentialBinding")).isTrue();
        rule.check(production);
    }

    @ParameterizedTest(name = "{0} catches its planted violation")
    @MethodSource("rules")
    void ruleCatchesPlantedViolation(String name, ArchRule rule, String[] expected) {
        EvaluationResult result = rule.allowEmptyShould(true).evaluate(fixtures);
        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(expected);
    }
}
