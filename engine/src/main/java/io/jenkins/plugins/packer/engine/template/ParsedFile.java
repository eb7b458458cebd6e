package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.SourceFile;

/**
 * One parsed template or variables file: the name diagnostics use, its bytes (for quoting source lines), its
 * body, and whether it was JSON syntax.
 */
public record ParsedFile(String name, byte[] bytes, Body body, boolean json) {

    public SourceFile source() {
        return SourceFile.of(name, bytes);
    }
}
