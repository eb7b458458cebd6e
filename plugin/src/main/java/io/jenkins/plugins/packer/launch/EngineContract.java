package io.jenkins.plugins.packer.launch;

/**
 * Names the plugin and the engine process agree on, beyond Packer's own command line. {@code -report} is the
 * engine's documented build flag (docs/report.md; its CLI wiring is still pending). The engine does not read the
 * three {@code JPACKER_*} variables yet; they are this plugin's proposal (docs/jenkins.md). Until the engine does,
 * the plugin's own masking and the exit code are what protect and inform the build.
 */
public final class EngineContract {

    /** {@code jpacker build} flag naming the JSON build report file (docs/report.md). */
    public static final String REPORT_FLAG = "-report";
    /** Where the engine writes its JSON build report, for commands without {@link #REPORT_FLAG} (proposal). */
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
