package io.jenkins.plugins.packer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * Every configurable class has a config.jelly whose fields exist as properties, and a help file for every
 * data-bound property (constructor parameter or setter); Jelly views escape by default and carry no script.
 */
class ViewsTest {

    private static final Path RESOURCES = Path.of("src/main/resources/io/jenkins/plugins/packer");

    @ParameterizedTest
    @ValueSource(classes = {PackerBuildStep.class, PackerValidateStep.class, PackerBuilder.class,
            UsernamePasswordBinding.class, StringBinding.class, FileBinding.class, SshUserPrivateKeyBinding.class,
            AwsBinding.class, PackerArchive.class, PackerEngineOptions.class})
    void everyDataBoundPropertyHasAHelpFileAndTheFormOnlyNamesRealProperties(Class<?> type) throws IOException {
        Path dir = RESOURCES.resolve(type.getSimpleName());
        Set<String> properties = dataBoundProperties(type);
        assertThat(properties).isNotEmpty();
        for (String p : properties) {
            assertThat(dir.resolve("help-" + p + ".html")).as(type.getSimpleName() + "." + p).isRegularFile();
        }
        String jelly = Files.readString(dir.resolve("config.jelly"), StandardCharsets.UTF_8);
        assertThat(jelly).startsWith("<?jelly escape-by-default='true'?>").doesNotContainIgnoringCase("<script")
                .doesNotContain("onclick");
        Matcher m = Pattern.compile("field=\"([A-Za-z]+)\"").matcher(jelly);
        List<String> fields = new ArrayList<>();
        while (m.find()) {
            fields.add(m.group(1));
        }
        assertThat(fields).isNotEmpty();
        assertThat(properties).containsAll(fields);
        for (String f : fields) {
            String cap = Character.toUpperCase(f.charAt(0)) + f.substring(1);
            assertThat(hasMethod(type, "get" + cap) || hasMethod(type, "is" + cap)).as("getter of " + f).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PackerRunAction/summary.jelly"})
    void otherViewsEscapeByDefault(String view) throws IOException {
        assertThat(Files.readString(RESOURCES.resolve(view))).startsWith("<?jelly escape-by-default='true'?>")
                .doesNotContainIgnoringCase("<script").doesNotContain("h.rawHtml").doesNotContain("j:out");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Credentials.notFound", "Credentials.wrongType", "PackerBuildStep.displayName",
            "PackerBuilder.badVar"})
    void messagesExistAndFormat(String key) throws IOException {
        Properties p = new Properties();
        p.load(Files.newInputStream(RESOURCES.resolve("Messages.properties")));
        assertThat(p.getProperty(key)).isNotBlank();
        assertThat(PluginMessages.get(key, "my-id", "usernamePassword")).doesNotContain("{0}");
    }

    private static Set<String> dataBoundProperties(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        for (Constructor<?> c : type.getConstructors()) {
            if (c.isAnnotationPresent(DataBoundConstructor.class)) {
                for (Parameter p : c.getParameters()) {
                    assertThat(p.isNamePresent()).as("compiled with -parameters").isTrue();
                    names.add(p.getName());
                }
            }
        }
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(DataBoundSetter.class) && m.getName().startsWith("set")) {
                names.add(Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4));
            }
        }
        return names;
    }

    private static boolean hasMethod(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 0) {
                return true;
            }
        }
        return false;
    }
}
