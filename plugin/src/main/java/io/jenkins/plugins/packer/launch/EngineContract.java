package io.jenkins.plugins.packer.launch;

import io.jenkins.plugins.packer.engine.api.HostEnvironment;

/**
 * Names the plugin and the engine process agree on, beyond Packer's own command line. The environment variable
 * names are the engine's ({@link HostEnvironment}, in the engine's API package), so both sides use one
 * definition. The report is asked for with {@code -report=FILE} on the command line, not with the engine's
 * {@code PACKER_STEPS_REPORT} variable: an environment variable would be inherited by every process the engine
 * starts (a {@code shell-local} step running another jpacker would overwrite the report).
 */
public final class EngineContract {

    /** {@code jpacker build} and {@code jpacker validate} flag naming the JSON report file (docs/report.md). */
    public static final String REPORT_FLAG = "-report";
    /** Comma-separated template variables that hold secrets; the engine marks them sensitive. */
    public static final String SENSITIVE_VARIABLES = HostEnvironment.SENSITIVE_VARIABLES;
    /** JSON object the manifest post-processor records as {@code custom_data} when it has none of its own. */
    public static final String MANIFEST_CUSTOM_DATA = HostEnvironment.MANIFEST_CUSTOM_DATA;
    /** System property on the engine's command line naming the step run; lets the agent find and stop it. */
    public static final String RUN_TOKEN_PROPERTY = "io.jenkins.plugins.packer.run";
    /** The engine's entry point (also the Main-Class of jpacker.jar). */
    public static final String MAIN_CLASS = "io.jenkins.plugins.packer.engine.cli.JPacker";

    private EngineContract() {
    }
}
