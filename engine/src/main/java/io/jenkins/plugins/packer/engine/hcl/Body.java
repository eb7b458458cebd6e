package io.jenkins.plugins.packer.engine.hcl;

import java.util.Map;

/**
 * The contents of a file or of a block, in a syntax-independent form (native HCL or HCL JSON). As in
 * hashicorp/hcl, a body is decoded against a {@link BodySchema}: JSON bodies need the schema to tell
 * attributes from blocks. Decoding never throws on bad input; problems go to {@code diags}.
 */
public interface Body {

    /** Decodes against {@code schema}; anything the schema does not name is an error. */
    BodyContent content(BodySchema schema, Diagnostics diags);

    /** Decodes what {@code schema} names and returns the rest as a body for a later decoding. */
    PartialContent partialContent(BodySchema schema, Diagnostics diags);

    /** Reads the body as attributes only (any block is an error), in source order. */
    Map<String, Attribute> justAttributes(Diagnostics diags);

    /** Where to point a "missing required argument" diagnostic: the body's opening, usually. */
    Range missingItemRange();

    /** Result of {@link #partialContent}. */
    record PartialContent(BodyContent content, Body remain) {
    }
}
