package io.jenkins.plugins.packer;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts from {@code Messages.properties} (localizable the Jenkins way: {@code Messages_de.properties} etc.). Written
 * by hand because the localizer's generator is not on Maven Central; pom-jenkins.xml also generates the usual
 * {@code Messages} class from the same file.
 */
final class PluginMessages {

    private static final String BUNDLE = "io.jenkins.plugins.packer.Messages";

    private PluginMessages() {
    }

    static String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), PluginMessages.class.getClassLoader())
                .getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
