package io.jenkins.plugins.packer.engine.hcl.dec;

import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.json.HclJsonParser;
import io.jenkins.plugins.packer.engine.hcl.syntax.HclParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Parses a spec-suite file with the syntax its name calls for ({@code .json}: JSON, otherwise native). */
final class SuiteFiles {

    private SuiteFiles() {
    }

    static Body parse(Path file, Diagnostics diags) throws IOException {
        byte[] src = Files.readAllBytes(file);
        String name = file.toString();
        if (name.endsWith(".json")) {
            HclJsonParser.ParseResult r = HclJsonParser.parseFile(src, name);
            diags.addAll(r.diagnostics());
            return r.body();
        }
        io.jenkins.plugins.packer.engine.hcl.syntax.ParseResult r = HclParser.parseFile(src, name);
        diags.addAll(r.diags());
        return r.body();
    }
}
