package io.jenkins.plugins.packer.engine.command;

import io.jenkins.plugins.packer.engine.component.ComponentKind;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyBuilds;
import io.jenkins.plugins.packer.engine.template.legacy.LegacyTemplate;
import io.jenkins.plugins.packer.engine.template.legacy.RenderPolicy;
import io.jenkins.plugins.packer.engine.template.upgrade.Hcl2Upgrader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;

/**
 * {@code hcl2_upgrade [-output-file F] [-with-annotations] TEMPLATE.json}, as Packer runs it: the output file
 * ({@code TEMPLATE.json.pkr.hcl} by default) is created first, the template read and checked (problems of
 * Packer's initialization are reported and ignored), then converted ({@link Hcl2Upgrader}). Exit 1 when the
 * template cannot be read or a part could not be converted (such as a builder type nobody provides); the file
 * is written anyway in the latter case.
 */
public final class Hcl2Upgrade {

    private Hcl2Upgrade() {
    }

    public static int run(Path template, String outputFile, boolean withAnnotations, EngineEnvironment env,
            CommandOutput out) {
        String outName = outputFile == null || outputFile.isEmpty() ? template + ".pkr.hcl" : outputFile;
        Path output = env.cwd().resolve(outName);
        try {
            Path dir = output.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            out.error("Failed to create output directory: " + e.getMessage());
            return 1;
        }
        try (OutputStream file = Files.newOutputStream(output)) {
            if (withAnnotations) {
                file.write(Hcl2Upgrader.header().getBytes(StandardCharsets.UTF_8));
            }
            Diagnostics diags = new Diagnostics();
            LegacyTemplateFile.Loaded loaded = LegacyTemplateFile.load(env.cwd().resolve(template), template.toString(),
                    diags);
            LegacyTemplate t = loaded.template();
            if (t == null) {
                out.diagnostics(loaded.files(), diags);
                out.error("Failed to get config from JSON");
                return 1;
            }
            initializationErrors(t, env, out);
            Hcl2Upgrader.Result r = Hcl2Upgrader.upgrade(t, new String(loaded.bytes(), StandardCharsets.UTF_8),
                    withAnnotations, new HashSet<>(env.components().names(ComponentKind.BUILDER)));
            r.errors().forEach(out::error);
            file.write(r.text());
            int code = r.errors().isEmpty() ? 0 : 1;
            out.say("Successfully created " + outName + ". Exit " + code);
            return code;
        } catch (IOException e) {
            out.error("Failed to create output file: " + e.getMessage());
            return 1;
        }
    }

    /** Packer initializes the template first and only reports what fails there (unset variables...). */
    private static void initializationErrors(LegacyTemplate t, EngineEnvironment env, CommandOutput out) {
        Diagnostics init = new Diagnostics();
        LegacyBuilds.prepare(t, new LegacyBuilds.Options(Map.of(), env.environment()::get, env.cwd(),
                env.runStarted(), env.packerVersion(), RenderPolicy.DEFAULT), init);
        for (Diagnostic d : init) {
            if (d.isError()) {
                out.error("Ignoring following initialization error: " + (d.summary().isEmpty() ? d.detail()
                        : d.summary() + ": " + d.detail()));
            }
        }
    }
}
