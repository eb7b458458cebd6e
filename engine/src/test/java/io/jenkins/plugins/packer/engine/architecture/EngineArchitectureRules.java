package io.jenkins.plugins.packer.engine.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The package rules of the engine, shared by the real check and by the planted-violation check. */
final class EngineArchitectureRules {

    static final String ENGINE = "io.jenkins.plugins.packer.engine..";

    /** The engine runs outside Jenkins (CLI, agent JVM): no Jenkins, Stapler or plugin type may leak in. */
    static final ArchRule ENGINE_DOES_NOT_DEPEND_ON_JENKINS = noClasses()
            .that().resideInAPackage(ENGINE)
            .should().dependOnClassesThat(resideInAnyPackage(
                    "hudson..", "jenkins..", "org.jenkinsci..", "org.kohsuke.stapler.."))
            .because("the engine must stay plain Java: it runs as its own process and as the jpacker CLI");

    static final ArchRule ENGINE_DOES_NOT_DEPEND_ON_PLUGIN = noClasses()
            .that().resideInAPackage(ENGINE)
            .should().dependOnClassesThat(resideInAPackage("io.jenkins.plugins.packer..")
                    .and(not(resideInAPackage(ENGINE))))
            .because("the plugin depends on the engine, never the other way round");

    static final ArchRule NO_PACKAGE_CYCLES_IN_ENGINE = slices()
            .matching("io.jenkins.plugins.packer.engine.(**)")
            .should().beFreeOfCycles();

    private EngineArchitectureRules() {
    }
}
