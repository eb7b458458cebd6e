package io.jenkins.plugins.packer.engine.template;

import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.Range;

/**
 * A source used by a build: the top-level source, the build-local name ({@code name = "x"} in an in-build
 * {@code source} block; otherwise the source's name) and the extra fields set there (null when none).
 */
public record SourceUse(SourceBlock source, String localName, Body extra, Range range) {

    /** {@code TYPE.LOCALNAME}: how only/except and the UI name this source within its build. */
    public String localRef() {
        return source.type() + "." + localName;
    }
}
