package io.jenkins.plugins.packer.engine.hcl.syntax;

import io.jenkins.plugins.packer.engine.hcl.Body;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;

/**
 * The result of parsing a native-syntax file: the body (best effort when there are errors: never null) and
 * the diagnostics found while scanning and parsing.
 */
public record ParseResult(Body body, Diagnostics diags) {
}
