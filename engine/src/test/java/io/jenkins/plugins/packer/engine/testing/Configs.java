package io.jenkins.plugins.packer.engine.testing;

import io.jenkins.plugins.packer.engine.config.ConfigDecoder;
import io.jenkins.plugins.packer.engine.config.ConfigSchema;
import io.jenkins.plugins.packer.engine.config.Decoded;
import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.EvalContext;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import io.jenkins.plugins.packer.engine.hcl.syntax.ParseResult;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Decodes a component configuration from HCL text, as a template's block body would be decoded. */
public final class Configs {

    /** The decoded record (null on errors) and every diagnostic. */
    public record Result<R>(R config, Diagnostics diags) {

        /** The summaries of the error diagnostics. */
        public List<String> errors() {
            return diags.asList().stream().filter(Diagnostic::isError).map(Diagnostic::summary).toList();
        }
    }

    private Configs() {
    }

    public static <R extends Record> Result<R> decode(Class<R> type, String hcl) {
        ParseResult parsed = HclParser.parseFile(hcl.getBytes(StandardCharsets.UTF_8), "t.pkr.hcl");
        if (parsed.diags().hasErrors()) {
            throw new IllegalArgumentException(parsed.diags().toString());
        }
        Diagnostics diags = new Diagnostics();
        Decoded<R> d = ConfigDecoder.decode(ConfigSchema.of(type), parsed.body(), EvalContext.empty(), diags);
        return new Result<>(diags.hasErrors() ? null : d.config(), diags);
    }
}
