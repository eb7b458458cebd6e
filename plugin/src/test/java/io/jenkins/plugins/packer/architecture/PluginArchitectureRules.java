package io.jenkins.plugins.packer.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The plugin's package rules, shared by the real check and the planted-violation check. */
final class PluginArchitectureRules {

    static final String ENGINE = "io.jenkins.plugins.packer.engine..";
    static final String ENGINE_API = "io.jenkins.plugins.packer.engine.api..";

    /** The plugin may use the engine only through its public API package. */
    static final ArchRule PLUGIN_USES_ONLY_ENGINE_API = noClasses()
            .that(resideInAPackage("io.jenkins.plugins.packer..").and(not(resideInAPackage(ENGINE))))
            .should().dependOnClassesThat(resideInAPackage(ENGINE).and(not(resideInAPackage(ENGINE_API))))
            .because("the engine's internals may change freely; io.jenkins.plugins.packer.engine.api is the contract");

    private PluginArchitectureRules() {
    }
}
