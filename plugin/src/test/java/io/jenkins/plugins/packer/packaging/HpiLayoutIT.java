package io.jenkins.plugins.packer.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Opens target/packer-steps.hpi (built by `mvn package`) and checks it is laid out as maven-hpi-plugin does. */
class HpiLayoutIT {

    private static Path hpi;
    private static Manifest manifest;
    /** WEB-INF/lib jar name to the entry names inside it. */
    private static final Map<String, List<String>> LIBS = new LinkedHashMap<>();
    private static final Map<String, byte[]> PLUGIN_JAR_FILES = new LinkedHashMap<>();
    private static final List<String> TOP = new ArrayList<>();

    @BeforeAll
    static void open() throws IOException {
        hpi = Path.of(System.getProperty("hpi.file", "target/packer-steps.hpi"));
        assertThat(hpi).isRegularFile();
        try (JarFile jar = new JarFile(hpi.toFile())) {
            manifest = jar.getManifest();
            for (ZipEntry e : java.util.Collections.list(jar.entries())) {
                TOP.add(e.getName());
                if (e.getName().startsWith("WEB-INF/lib/") && e.getName().endsWith(".jar")) {
                    String name = e.getName().substring("WEB-INF/lib/".length());
                    List<String> entries = new ArrayList<>();
                    try (InputStream in = jar.getInputStream(e);
                            JarInputStream inner = new JarInputStream(new ByteArrayInputStream(in.readAllBytes()))) {
                        for (ZipEntry ie; (ie = inner.getNextEntry()) != null;) {
                            entries.add(ie.getName());
                            if (name.equals("packer-steps.jar") && !ie.isDirectory()) {
                                PLUGIN_JAR_FILES.put(ie.getName(), inner.readAllBytes());
                            }
                        }
                    }
                    LIBS.put(name, entries);
                }
            }
        }
    }

    @Test
    void manifestHasThePluginAttributes() {
        Attributes a = manifest.getMainAttributes();
        assertThat(a.getValue("Manifest-Version")).isEqualTo("1.0");
        assertThat(a.getValue("Group-Id")).isEqualTo("io.jenkins.plugins");
        assertThat(a.getValue("Short-Name")).isEqualTo("packer-steps");
        assertThat(a.getValue("Long-Name")).isEqualTo("Packer Steps");
        assertThat(a.getValue("Url")).startsWith("https://");
        assertThat(a.getValue("Plugin-Version")).isNotBlank();
        assertThat(a.getValue("Jenkins-Version")).matches("2\\.516\\.\\d+");
        assertThat(a.getValue("Minimum-Java-Version")).isEqualTo("17");
        assertThat(a.getValue("Plugin-Developers")).isNotBlank();
        Map<String, String> deps = new LinkedHashMap<>();
        for (String d : a.getValue("Plugin-Dependencies").split(",")) {
            String[] nv = d.split(":", 2);
            deps.put(nv[0], nv[1]);
        }
        assertThat(deps).containsKeys("workflow-step-api", "credentials", "plain-credentials", "ssh-credentials",
                "structs", "jackson2-api", "aws-credentials");
        assertThat(deps.get("aws-credentials")).endsWith(";resolution:=optional");
        deps.forEach((k, v) -> {
            assertThat(v).as(k).matches("[0-9][^,;]*(;resolution:=optional)?");
            if (!k.equals("aws-credentials")) {
                assertThat(v).as(k).doesNotContain("optional");
            }
        });
    }

    @Test
    void onlyManifestAndWebInfLibAtTheTop() {
        assertThat(TOP).allMatch(n -> n.startsWith("META-INF/") || n.startsWith("WEB-INF/lib/") || n.equals("WEB-INF/"));
        assertThat(LIBS.keySet()).contains("packer-steps.jar")
                .anyMatch(n -> n.startsWith("packer-engine-") || n.equals("jpacker.jar"))
                .anyMatch(n -> n.startsWith("picocli-"));
    }

    @Test
    void pluginJarHasClassesViewsHelpAndIndexes() {
        List<String> files = new ArrayList<>(PLUGIN_JAR_FILES.keySet());
        assertThat(files).contains("io/jenkins/plugins/packer/PackerBuildStep.class",
                "io/jenkins/plugins/packer/PackerValidateStep.class", "io/jenkins/plugins/packer/PackerBuilder.class",
                "io/jenkins/plugins/packer/PackerBuildStep/config.jelly",
                "io/jenkins/plugins/packer/PackerBuildStep/help-template.html",
                "io/jenkins/plugins/packer/PackerRunAction/summary.jelly",
                "io/jenkins/plugins/packer/Messages.properties", "index.jelly",
                "META-INF/annotations/hudson.Extension", "META-INF/annotations/org.jenkinsci.Symbol");
        String extensions = new String(PLUGIN_JAR_FILES.get("META-INF/annotations/hudson.Extension"),
                StandardCharsets.ISO_8859_1);
        assertThat(extensions).contains("io.jenkins.plugins.packer.PackerBuildStep$DescriptorImpl",
                "io.jenkins.plugins.packer.PackerValidateStep$DescriptorImpl",
                "io.jenkins.plugins.packer.PackerBuilder$DescriptorImpl",
                "io.jenkins.plugins.packer.AwsBinding$DescriptorImpl");
        String symbols = new String(PLUGIN_JAR_FILES.get("META-INF/annotations/org.jenkinsci.Symbol"),
                StandardCharsets.UTF_8);
        assertThat(symbols.lines()).contains("io.jenkins.plugins.packer.PackerBuildStep$DescriptorImpl",
                "io.jenkins.plugins.packer.PackerBuilder$DescriptorImpl",
                "io.jenkins.plugins.packer.UsernamePasswordBinding$DescriptorImpl");
        for (String jelly : files.stream().filter(f -> f.endsWith(".jelly")).toList()) {
            assertThat(new String(PLUGIN_JAR_FILES.get(jelly), StandardCharsets.UTF_8))
                    .as(jelly).startsWith("<?jelly escape-by-default='true'?>").doesNotContainIgnoringCase("<script");
        }
    }

    @Test
    void noStandInOrJenkinsProvidedClassIsBundled() {
        List<String> forbidden = List.of("hudson/", "jenkins/", "org/jenkinsci/plugins/workflow/", "org/jenkinsci/Symbol",
                "com/cloudbees/", "org/kohsuke/stapler/", "org/jvnet/hudson/", "net/java/sezpoz/",
                "com/fasterxml/jackson/", "org/bouncycastle/", "software/amazon/");
        LIBS.forEach((jar, entries) -> {
            assertThat(jar).doesNotStartWith("jenkins-api-stand-in").doesNotStartWith("jackson")
                    .doesNotStartWith("bcprov").doesNotStartWith("bcpkix").doesNotStartWith("bcutil")
                    .doesNotStartWith("stapler");
            for (String e : entries) {
                assertThat(forbidden).as(jar + "!" + e).noneMatch(e::startsWith);
            }
        });
    }

    @Test
    void bundledEngineJarIsTheOneTheBuildProduced() throws IOException {
        Path engine = Path.of(System.getProperty("engine.jar", "../engine/target/jpacker.jar"));
        String bundled = LIBS.keySet().stream().filter(n -> n.startsWith("packer-engine-")).findFirst().orElseThrow();
        assertThat(LIBS.get(bundled)).contains("io/jenkins/plugins/packer/engine/api/EngineVersion.class");
        if (Files.isRegularFile(engine)) {
            try (JarFile j = new JarFile(engine.toFile())) {
                List<String> built = java.util.Collections.list(j.entries()).stream().map(ZipEntry::getName)
                        .filter(n -> n.endsWith(".class")).sorted().toList();
                assertThat(LIBS.get(bundled).stream().filter(n -> n.endsWith(".class")).sorted().toList())
                        .isEqualTo(built);
            }
        }
    }
}
