package io.jenkins.plugins.packer.engine.template.legacy;

import io.jenkins.plugins.packer.engine.gotime.GoTimeLayout;
import io.jenkins.plugins.packer.engine.gotime.Strftime;

import static io.jenkins.plugins.packer.engine.gotemplate.GoSignature.ParamType.INT;
import static io.jenkins.plugins.packer.engine.gotemplate.GoSignature.ParamType.STRING;

import io.jenkins.plugins.packer.engine.gotemplate.GoFunction;
import io.jenkins.plugins.packer.engine.gotemplate.GoSignature;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The functions of Packer's legacy JSON templates (packer-plugin-sdk {@code template/interpolate/funcs.go}),
 * with the SDK's argument types and error messages. {@code consul_key}, {@code vault} and
 * {@code aws_secretsmanager[_raw]} exist (so templates parse) but report that this engine does not support them.
 */
public final class LegacyFunctions {

    /** The message of the SDK's {@code user} when a variable is unset while variables are interpolated. */
    static final String VARIABLE_NOT_SET = "Error: variable not set:";

    /** The text the SDK puts in generated-data placeholders; {@code build} passes such entries through. */
    public static final String PLACEHOLDER_MSG = "To set this dynamically in the Packer template, you must use the "
            + "`build` function";

    private static final SecureRandom RANDOM = new SecureRandom();

    private LegacyFunctions() {
    }

    /** All functions for {@code ctx}. */
    public static Map<String, GoFunction> of(InterpolationContext ctx) {
        Map<String, GoFunction> f = new HashMap<>();
        f.put("user", GoFunction.typed(GoSignature.of(STRING), a -> user(ctx, (String) a.get(0))));
        f.put("env", GoFunction.typed(GoSignature.of(STRING), a -> {
            if (!ctx.enableEnv()) {
                throw new IllegalStateException("env vars are not allowed here");
            }
            String v = ctx.env().apply((String) a.get(0));
            return v == null ? "" : v;
        }));
        f.put("build_name", GoFunction.typed(GoSignature.of(), a -> nonEmpty(ctx.buildName(), "build_name")));
        f.put("build_type", GoFunction.typed(GoSignature.of(), a -> nonEmpty(ctx.buildType(), "build_type")));
        f.put("isotime", GoFunction.typed(GoSignature.variadic(STRING), a -> isotime(ctx, a)));
        f.put("strftime", GoFunction.typed(GoSignature.of(STRING), a -> Strftime.format((String) a.get(0), now(ctx))));
        f.put("pwd", GoFunction.typed(GoSignature.of(), a -> ctx.workingDirectory().toAbsolutePath().toString()));
        f.put("template_dir", GoFunction.typed(GoSignature.of(), a -> {
            if (ctx.templatePath() == null) {
                throw new IllegalStateException("template path not available");
            }
            return ctx.templatePath().toAbsolutePath().normalize().getParent().toString();
        }));
        f.put("timestamp", GoFunction.typed(GoSignature.of(), a -> Long.toString(ctx.initTime().getEpochSecond())));
        f.put("uuid", GoFunction.typed(GoSignature.of(), a -> timeOrderedUuid()));
        f.put("packer_version", GoFunction.typed(GoSignature.of(), a -> nonEmpty(ctx.packerVersion(),
                "packer_version")));
        f.put("split", GoFunction.typed(GoSignature.of(STRING, STRING, INT), LegacyFunctions::split));
        f.put("replace", GoFunction.typed(GoSignature.of(STRING, STRING, INT, STRING),
                a -> GoStrings.replace((String) a.get(3), (String) a.get(0), (String) a.get(1),
                        ((Long) a.get(2)).intValue())));
        f.put("replace_all", GoFunction.typed(GoSignature.of(STRING, STRING, STRING),
                a -> GoStrings.replace((String) a.get(2), (String) a.get(0), (String) a.get(1), -1)));
        f.put("upper", GoFunction.typed(GoSignature.of(STRING), a -> ((String) a.get(0)).toUpperCase(Locale.ROOT)));
        f.put("lower", GoFunction.typed(GoSignature.of(STRING), a -> ((String) a.get(0)).toLowerCase(Locale.ROOT)));
        f.put("sed", GoFunction.typed(GoSignature.of(STRING, STRING), a -> {
            throw new IllegalStateException("template function `sed` is deprecated use `replace` or `replace_all` "
                    + "instead.Documentation: https://www.packer.io/docs/templates/engine");
        }));
        f.put("build", GoFunction.typed(GoSignature.of(STRING), a -> build(ctx, (String) a.get(0))));
        f.put("consul_key", GoFunction.typed(GoSignature.of(STRING),
                a -> unsupported(ctx, "consul_key", "consul_key is not allowed here")));
        f.put("vault", GoFunction.typed(GoSignature.of(STRING, STRING),
                a -> unsupported(ctx, "vault", "Vault vars are only allowed in the variables section")));
        f.put("aws_secretsmanager", GoFunction.typed(GoSignature.variadic(STRING), a -> unsupported(ctx,
                "aws_secretsmanager", "AWS Secrets Manager is only allowed in the variables section")));
        f.put("aws_secretsmanager_raw", GoFunction.typed(GoSignature.of(STRING), a -> unsupported(ctx,
                "aws_secretsmanager_raw", "AWS Secrets Manager is only allowed in the variables section")));
        f.putAll(ctx.extraFunctions());
        return f;
    }

    private static String user(InterpolationContext ctx, String name) {
        if (ctx.userVariables() == null) {
            throw new IllegalStateException("test");
        }
        String v = ctx.userVariables().get(name);
        if (v == null && ctx.enableEnv()) {
            throw new IllegalStateException(VARIABLE_NOT_SET + " " + name);
        }
        return v == null ? "" : v;
    }

    private static String nonEmpty(String v, String what) {
        if (v.isEmpty()) {
            throw new IllegalStateException(what + " not available");
        }
        return v;
    }

    private static ZonedDateTime now(InterpolationContext ctx) {
        return ctx.initTime().atZone(ZoneOffset.UTC);
    }

    private static String isotime(InterpolationContext ctx, List<Object> a) {
        if (a.isEmpty()) {
            return GoTimeLayout.format(now(ctx), GoTimeLayout.RFC3339);
        }
        if (a.size() > 1) {
            throw new IllegalArgumentException("too many values, 1 needed: [" + String.join(" ",
                    a.stream().map(String::valueOf).toList()) + "]");
        }
        return GoTimeLayout.format(now(ctx), (String) a.get(0));
    }

    private static String split(List<Object> a) {
        String s = (String) a.get(0);
        String sep = (String) a.get(1);
        long i = (Long) a.get(2);
        List<String> parts = GoStrings.split(s, sep);
        if (i < 0 || parts.size() <= i) {
            if (i < 0) {
                throw new IndexOutOfBoundsException("runtime error: index out of range [" + i + "]");
            }
            throw new IllegalArgumentException("the substring " + i + " was unavailable using the separator value, "
                    + sep + ", only " + parts.size() + " values were found");
        }
        return parts.get((int) i);
    }

    private static String build(InterpolationContext ctx, String key) {
        Map<String, String> data = ctx.data();
        if (data == null) {
            throw new IllegalStateException("Error validating build variable: the given variable " + key
                    + " will not be passed into your plugin.");
        }
        String v = data.get(key);
        if (v == null) {
            throw new IllegalStateException("loaded data, but couldnt find " + key + " in it.");
        }
        return v.contains(PLACEHOLDER_MSG) ? "{{." + key + "}}" : v;
    }

    private static String unsupported(InterpolationContext ctx, String name, String notAllowed) {
        if (!ctx.enableEnv()) {
            throw new IllegalStateException(notAllowed);
        }
        throw new UnsupportedOperationException(name + " is not supported by this engine: pass the value with -var "
                + "or -var-file instead");
    }

    /** The SDK's time-ordered UUID: the current time in nanoseconds, then random bytes. */
    static String timeOrderedUuid() {
        long unix = System.currentTimeMillis() * 1_000_000L + System.nanoTime() % 1_000_000L;
        byte[] r = new byte[8];
        RANDOM.nextBytes(r);
        long rnd = 0;
        for (byte x : r) {
            rnd = rnd << 8 | (x & 0xff);
        }
        return String.format("%08x-%04x-%04x-%04x-%012x", unix >>> 32, (unix >>> 16) & 0xffff, unix & 0xffff,
                (rnd >>> 48) & 0xffff, rnd & 0xffffffffffffL);
    }

    /** Placeholder data for the {@code build} function while components are prepared (SDK's BasicPlaceholderData). */
    public static Map<String, String> placeholderData(List<String> builderGeneratedKeys) {
        Map<String, String> out = new HashMap<>();
        for (String k : List.of("ID", "Host", "Port", "User", "Password", "ConnType", "PackerRunUUID",
                "PackerHTTPPort", "PackerHTTPIP", "PackerHTTPAddr", "SSHPublicKey", "SSHPrivateKey",
                "WinRMPassword")) {
            out.put(k, "Build_" + k + ". " + PLACEHOLDER_MSG);
        }
        for (String k : builderGeneratedKeys) {
            out.put(k, "Build_" + k + ". " + PLACEHOLDER_MSG);
        }
        return out;
    }
}
