package io.jenkins.plugins.packer.launch;

import io.jenkins.plugins.packer.masking.SecretMasker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine process of one step run: its command line and its environment. Secrets never appear on the command
 * line (which the agent's process table and Jenkins' launcher may show): they travel in the environment or in
 * the private var file whose path is passed with {@code -var-file}. {@link #check(SecretMasker)} enforces that.
 *
 * @param command the full command, starting with the agent's {@code java}
 * @param environment variables added to (or overriding) the build's environment
 */
public record EngineCommand(List<String> command, Map<String, String> environment) {

    public EngineCommand {
        command = List.copyOf(command);
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    /**
     * Fails when any secret (in any of its forms) is on the command line.
     *
     * @throws IllegalStateException naming the offending argument's position, never its value
     */
    public EngineCommand check(SecretMasker masker) {
        for (int i = 0; i < command.size(); i++) {
            if (masker.reveals(command.get(i))) {
                throw new IllegalStateException("refusing to start the engine: argument " + i
                        + " of its command line would contain a secret");
            }
        }
        return this;
    }

    /** The command line as it may be printed in the log. */
    public String display() {
        return String.join(" ", command);
    }

    /** Builds the command of {@code jpacker build} or {@code jpacker validate}. */
    public static final class Builder {
        private final String java;
        private final List<String> classpath;
        private final String pathSeparator;
        private EngineOptions options = EngineOptions.defaults();
        private String runToken;
        private String varFile;
        private String reportFile;
        private final Map<String, String> env = new LinkedHashMap<>();

        /**
         * @param java the agent JVM's {@code java} executable
         * @param classpath engine jars as paths on the agent
         * @param pathSeparator the agent's class path separator ({@code :} or {@code ;})
         */
        public Builder(String java, List<String> classpath, String pathSeparator) {
            this.java = java;
            this.classpath = List.copyOf(classpath);
            this.pathSeparator = pathSeparator;
        }

        public Builder options(EngineOptions o) {
            this.options = o;
            return this;
        }

        /** Marks the process so the agent can find it when the build is aborted. */
        public Builder runToken(String token) {
            if (!token.matches("[A-Za-z0-9-]{8,64}")) {
                throw new IllegalArgumentException("run token must be 8-64 letters, digits or dashes");
            }
            this.runToken = token;
            return this;
        }

        /** The generated private var file (bound credentials and {@code vars}), applied after the user's. */
        public Builder generatedVarFile(String agentPath) {
            this.varFile = agentPath;
            return this;
        }

        /** Where {@code jpacker build} or {@code validate} writes its JSON report ({@code -report=FILE}). */
        public Builder reportFile(String agentPath) {
            this.reportFile = agentPath;
            return this;
        }

        /** Adds environment variables (bound credentials, contract variables). Later calls override. */
        public Builder env(Map<String, String> vars) {
            env.putAll(vars);
            return this;
        }

        public EngineCommand build(TemplateOptions t, BuildFlags f) {
            List<String> cmd = prefix("build");
            cmd.add("-color=false");
            cmd.add("-on-error=" + f.onError());
            cmd.add("-parallel-builds=" + f.parallelBuilds());
            if (f.force()) {
                cmd.add("-force");
            }
            if (f.timestamps()) {
                cmd.add("-timestamp-ui");
            }
            return finish(cmd, t);
        }

        public EngineCommand validate(TemplateOptions t, ValidateFlags f) {
            List<String> cmd = prefix("validate");
            if (f.syntaxOnly()) {
                cmd.add("-syntax-only");
            }
            if (f.evaluateDatasources()) {
                cmd.add("-evaluate-datasources");
            }
            return finish(cmd, t);
        }

        private List<String> prefix(String subcommand) {
            List<String> cmd = new ArrayList<>();
            cmd.add(java);
            cmd.addAll(options.jvmArguments());
            if (runToken != null) {
                cmd.add("-D" + EngineContract.RUN_TOKEN_PROPERTY + "=" + runToken);
            }
            cmd.add("-cp");
            cmd.add(String.join(pathSeparator, classpath));
            cmd.add(EngineContract.MAIN_CLASS);
            cmd.add(subcommand);
            return cmd;
        }

        private EngineCommand finish(List<String> cmd, TemplateOptions t) {
            if (reportFile != null) {
                cmd.add(EngineContract.REPORT_FLAG + "=" + reportFile);
            }
            if (!t.only().isEmpty()) {
                cmd.add("-only=" + String.join(",", t.only()));
            }
            if (!t.except().isEmpty()) {
                cmd.add("-except=" + String.join(",", t.except()));
            }
            for (String f : t.varFiles()) {
                cmd.add("-var-file=" + f);
            }
            if (varFile != null) {
                cmd.add("-var-file=" + varFile);
            }
            cmd.add(t.template());
            return new EngineCommand(cmd, env);
        }
    }
}
