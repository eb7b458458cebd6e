package io.jenkins.plugins.packer.engine.component;

import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;

/**
 * A configured data source (Packer's {@code Datasource}): its outputs become {@code data.TYPE.NAME.*}.
 */
public interface DataSource {

    /** The type of {@link #execute}'s result: what {@code validate} assumes without running it. */
    Type outputType();

    /** Runs the data source; throws with a message for the user on failure. */
    Value execute() throws Exception;
}
