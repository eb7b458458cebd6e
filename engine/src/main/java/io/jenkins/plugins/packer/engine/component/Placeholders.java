package io.jenkins.plugins.packer.engine.component;

import io.jenkins.plugins.packer.engine.gotemplate.GoFunction;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplate;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import java.util.Map;

/**
 * Renders the Go-template placeholders components fill at run time, in HCL2 and legacy templates alike
 * ({@code {{.Vars}} {{.Script}}}, {@code {{.BuildName}}}, {@code {{ build_name }}}), with Packer's
 * {@code build_name} and {@code build_type} functions. Text without {@code {{} is returned as it is.
 */
public final class Placeholders {

    private Placeholders() {
    }

    /**
     * Renders {@code text} with {@code data} as the dot.
     *
     * @throws GoTemplateException with Go's wording, e.g. {@code template: root:1: function "x" not defined}
     */
    public static String render(String text, Map<String, ?> data, BuildInfo info) throws GoTemplateException {
        if (text == null || !text.contains("{{")) {
            return text;
        }
        Map<String, GoFunction> functions = Map.of(
                "build_name", args -> info.sourceName(),
                "build_type", args -> info.builderType());
        return GoTemplate.render(text, data, functions);
    }
}
