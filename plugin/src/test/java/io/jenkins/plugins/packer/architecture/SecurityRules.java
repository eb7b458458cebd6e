package io.jenkins.plugins.packer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/**
 * The plugin's security rules (shared/reference/jenkins.md §4.3) as ArchUnit rules; PluginSecurityTest checks the
 * production classes and proves each rule fails on a planted violation in {@code archfixture}.
 */
final class SecurityRules {

    static final String POST = "org.kohsuke.stapler.verb.POST";
    static final String DESCRIPTOR = "hudson.model.Descriptor";
    static final Set<String> PERMISSION_CHECKS = Set.of("hasPermission", "hasPermission2", "checkPermission",
            "hasAnyPermission", "checkAnyPermission");
    /** Packages of plain logic: no Jenkins type at all. */
    static final String[] LOGIC = {"..binding..", "..masking..", "..launch..", "..workspace..", "..report..",
        "..run.."};

    private SecurityRules() {
    }

    /** Every form-fill and form-check web method is {@code @POST} and checks a permission. */
    static final ArchRule WEB_METHODS_USE_POST_AND_CHECK_PERMISSION = methods()
            .that().haveNameMatching("do(Fill|Check)[A-Z].*")
            .should().beAnnotatedWith(POST).andShould(callAPermissionCheck())
            .because("form endpoints are reachable by URL: CSRF needs POST, and credential ids must not leak");

    /** Stapler binds only to public classes. */
    static final ArchRule DATA_BOUND_CONSTRUCTORS_IN_PUBLIC_CLASSES = constructors()
            .that().areAnnotatedWith("org.kohsuke.stapler.DataBoundConstructor")
            .should().bePublic().andShould().beDeclaredInClassesThat().arePublic();

    static final ArchRule DATA_BOUND_SETTERS_IN_PUBLIC_CLASSES = methods()
            .that().areAnnotatedWith("org.kohsuke.stapler.DataBoundSetter")
            .should().bePublic().andShould().beDeclaredInClassesThat().arePublic();

    /** Only descriptors (UI endpoints on the controller) may reach the Jenkins singleton. */
    static final ArchRule NO_JENKINS_INSTANCE_OUTSIDE_DESCRIPTORS = noClasses()
            .that().areNotAssignableTo(DESCRIPTOR)
            .should(callMethodOf("jenkins.model.Jenkins", Set.of("get", "getInstance", "getInstanceOrNull")))
            .because("logic and agent-side code must not depend on the controller's singleton");

    /** {@code Secret.toString()} is deprecated upstream and hands out the plain text (with a logged warning). */
    static final ArchRule NO_SECRET_TO_STRING = noClasses()
            .should(callMethodOf("hudson.util.Secret", Set.of("toString")))
            .because("use getPlainText() where the secret is really needed, and nowhere else");

    /** Remoting callables: named static classes whose results are JDK or plugin types (JEP-200). */
    static final ArchRule CALLABLES_ARE_STATIC_NAMED_CLASSES = classes()
            .that().areAssignableTo("hudson.remoting.Callable").or().areAssignableTo("hudson.FilePath$FileCallable")
            .should().notBeAnonymousClasses().andShould().notBeLocalClasses().andShould().notBeInnerClasses()
            .andShould(returnOnlyJdkOrPluginTypes());

    /** The plain logic packages use no Jenkins, Stapler or credentials API. */
    static final ArchRule LOGIC_IS_FREE_OF_JENKINS = noClasses().that().resideInAnyPackage(LOGIC)
            .should().dependOnClassesThat().resideInAnyPackage("hudson..", "jenkins..", "org.jenkinsci..",
                    "com.cloudbees..", "org.kohsuke.stapler..")
            .because("the plain classes are what unit and end-to-end tests exercise without Jenkins");

    private static ArchCondition<JavaMethod> callAPermissionCheck() {
        return new ArchCondition<>("call a permission check (" + PERMISSION_CHECKS + ")") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean checks = method.getMethodCallsFromSelf().stream()
                        .anyMatch(c -> PERMISSION_CHECKS.contains(c.getName()));
                events.add(new SimpleConditionEvent(method, checks,
                        method.getFullName() + (checks ? " checks" : " does not check") + " a permission"));
            }
        };
    }

    private static ArchCondition<JavaClass> callMethodOf(String owner, Set<String> names) {
        return new ArchCondition<>("call " + owner + "." + names) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaAccess<?> call : c.getMethodCallsFromSelf()) {
                    if (call.getTargetOwner().getName().equals(owner) && names.contains(call.getName())) {
                        events.add(SimpleConditionEvent.satisfied(c, call.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> returnOnlyJdkOrPluginTypes() {
        return new ArchCondition<>("return only JDK or plugin types from call/invoke") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaMethod m : c.getMethods()) {
                    if (!(m.getName().equals("call") || m.getName().equals("invoke"))
                            || m.getModifiers().contains(JavaModifier.SYNTHETIC)
                            || m.getModifiers().contains(JavaModifier.BRIDGE)) {
                        continue;
                    }
                    JavaClass r = m.getRawReturnType();
                    while (r.isArray()) {
                        r = r.getComponentType();
                    }
                    boolean ok = r.isPrimitive() || r.getPackageName().startsWith("java.")
                            || r.getPackageName().startsWith("io.jenkins.plugins.packer")
                                    && !r.getPackageName().startsWith("io.jenkins.plugins.packer.engine");
                    events.add(new SimpleConditionEvent(m, ok, describe(m) + " returns " + r.getName()));
                }
            }
        };
    }

    private static String describe(JavaCodeUnit u) {
        return u.getFullName();
    }
}
