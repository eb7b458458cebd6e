package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation contexts inside a build: the template's context plus {@code source.name}/{@code source.type}
 * and {@code build.*}. Before the builder runs, {@code build.name} is known and the generated values
 * ({@code build.ID}, {@code build.Host}, ...) are unknown.
 */
public final class BuildContexts {

    /** The values builders generate, known only once the builder has run (Packer's BuilderDataCommonKeys). */
    public static final List<String> GENERATED = List.of("ID", "Host", "Port", "User", "Password", "ConnType",
            "PackerRunUUID", "PackerHTTPIP", "PackerHTTPPort", "PackerHTTPAddr", "SSHPublicKey", "SSHPrivateKey",
            "WinRMPassword");

    private BuildContexts() {
    }

    /**
     * The context of a build block's own meta-arguments (provisioner names, only/except...): {@code build.name}
     * known, {@code source.*} unknown since the block applies to several sources.
     */
    public static EvalContext insideBuild(EvalContext base, String buildName) {
        Map<String, Value> b = new LinkedHashMap<>();
        for (String key : GENERATED) {
            b.put(key, Value.unknown(Type.STRING));
        }
        b.put("name", Value.string(buildName == null ? "" : buildName));
        return base.child(Map.of(
                "source", Value.unknown(Type.object(Map.of("name", Type.STRING, "type", Type.STRING))),
                "build", Value.object(b)));
    }

    /** The context for a source's body and for provisioners before the build runs. */
    public static EvalContext beforeRun(EvalContext base, BuildBlock build, SourceUse use) {
        Map<String, Value> generated = new LinkedHashMap<>();
        for (String key : GENERATED) {
            generated.put(key, Value.unknown(Type.STRING));
        }
        return withBuild(base, build, use, generated);
    }

    /** The context once the builder has provided its values (unknown ones stay unknown). */
    public static EvalContext withBuild(EvalContext base, BuildBlock build, SourceUse use,
            Map<String, Value> generated) {
        Map<String, Value> b = new LinkedHashMap<>(generated);
        b.put("name", Value.string(build.name() == null ? "" : build.name()));
        return base.child(Map.of(
                "source", Value.object(Map.of("name", Value.string(use.localName()),
                        "type", Value.string(use.source().type()))),
                "build", Value.object(b)));
    }
}
