package io.jenkins.plugins.packer.launch;

/**
 * Names the plugin and the engine process agree on, beyond Packer's own command line. The engine does not read
 * the three {@code JPACKER_*} variables yet (its build command and report land with issue eng-build); until it
 * does, the plugin's own masking and the exit code are what protect and inform the build.
 */
public final class EngineContract {

    /** Where the engine writes its JSON build report (absolute path in the step's temporary directory). */
    public static final String REPORT_FILE = "JPACKER_REPORT_FILE";
    /** Comma-separated template variables that hold secrets; the engine marks them sensitive. */
    public static final String SENSITIVE_VARIABLES = "JPACKER_SENSITIVE_VARIABLES";
    /** JSON object merged into the manifest post-processor's {@code custom_data} when it has none of its own. */
    public static final String MANIFEST_CUSTOM_DATA = "JPACKER_MANIFEST_CUSTOM_DATA";
    /** System property on the engine's command line naming the step run; lets the agent find and stop it. */
    public static final String RUN_TOKEN_PROPERTY = "io.jenkins.plugins.packer.run";
    /** The engine's entry point (also the Main-Class of jpacker.jar). */
    public static final String MAIN_CLASS = "io.jenkins.plugins.packer.engine.cli.JPacker";

    private EngineContract() {
    }
}
