package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.gotemplate.GoFunction;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplate;
import io.jenkins.plugins.packer.engine.gotemplate.GoTemplateException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders legacy template strings as the SDK's {@code interpolate} package: a Go template named {@code root}
 * with the legacy functions, executed against the context's data.
 */
public final class Interpolator {

    private Interpolator() {
    }

    /** Renders once ({@code interpolate.RenderOnce}). */
    public static String renderOnce(String text, InterpolationContext ctx) throws GoTemplateException {
        if (!text.contains("{{")) {
            return text;
        }
        Map<String, GoFunction> funcs = LegacyFunctions.of(ctx);
        return GoTemplate.parse("root", text, funcs.keySet()).execute(ctx.data(), funcs);
    }

    /** Renders until the result stops changing ({@code interpolate.Render}). */
    public static String render(String text, InterpolationContext ctx) throws GoTemplateException {
        String v = text;
        for (int i = 0; i < 100; i++) {
            String r = renderOnce(v, ctx);
            if (r.equals(v)) {
                return r;
            }
            v = r;
        }
        return v;
    }

    /** Checks that {@code text} parses with the context's functions ({@code interpolate.Validate}). */
    public static void validate(String text, InterpolationContext ctx) throws GoTemplateException {
        if (text.contains("{{")) {
            GoTemplate.parse("root", text, LegacyFunctions.of(ctx).keySet());
        }
    }

    /**
     * Renders once, leaving the parts matching {@code keep} untouched ({@code interpolate.RenderRegex}: Packer
     * keeps {@code {{ .HTTPIP }}}-style placeholders in user variables for later).
     */
    public static String renderKeeping(String text, InterpolationContext ctx, Pattern keep)
            throws GoTemplateException {
        Map<String, String> kept = new LinkedHashMap<>();
        Matcher m = keep.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String id = UUID.randomUUID().toString();
            kept.put(id, m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(id));
        }
        m.appendTail(sb);
        String rendered = renderOnce(sb.toString(), ctx);
        for (Map.Entry<String, String> e : kept.entrySet()) {
            rendered = rendered.replace(e.getKey(), e.getValue());
        }
        return rendered;
    }
}
