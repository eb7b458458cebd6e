package io.jenkins.plugins.packer.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.packer.binding.BindingTarget;
import io.jenkins.plugins.packer.binding.BoundCredentials;
import io.jenkins.plugins.packer.binding.SecretFile;
import io.jenkins.plugins.packer.launch.EngineCommand;
import io.jenkins.plugins.packer.launch.EngineContract;
import io.jenkins.plugins.packer.launch.VarFile;
import io.jenkins.plugins.packer.masking.SecretMasker;
import io.jenkins.plugins.packer.report.ArchivePlan;
import io.jenkins.plugins.packer.report.Diagnostic;
import io.jenkins.plugins.packer.report.EngineReport;
import io.jenkins.plugins.packer.report.EngineReportReader;
import io.jenkins.plugins.packer.report.JenkinsMetadata;
import io.jenkins.plugins.packer.report.ReturnValue;
import io.jenkins.plugins.packer.report.RunRecord;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One step run from resolved credentials to return value, the code path both steps and the freestyle builder
 * take (and the end-to-end test drives with a local {@link EngineAgent}): confine and hash the template, write
 * secret files and the private var file into a fresh temporary directory, build the engine command line and
 * environment (secrets never on the command line), run the engine with masked output, read its report, archive,
 * and always delete the temporary directory.
 */
public final class PackerRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String REPORT_NAME = "build-report.json";

    private PackerRun() {
    }

    /**
     * Runs the engine once.
     *
     * @param log the build log, already wrapped in the masking filter of {@code masker}
     * @param masker masks every secret of {@code credentials}; applied to texts that leave this method
     */
    public static PackerOutcome execute(PackerRequest request, BoundCredentials credentials, EngineAgent agent,
            PrintStream log, SecretMasker masker) throws IOException, InterruptedException {
        String command = request.validate() ? "validate" : "build";
        agent.checkInside(request.template().template(), "template");
        for (String f : request.template().varFiles()) {
            agent.checkInside(f, "varFiles entry");
        }
        String sha = agent.templateSha256(request.template().template());
        Map<String, String> metadata = JenkinsMetadata.from(request.environment());
        String tempDir = agent.createTempDir();
        try {
            Map<String, String> variables = new LinkedHashMap<>(credentials.variables());
            Map<String, String> env = new LinkedHashMap<>(request.environment());
            env.putAll(credentials.environment());
            for (SecretFile f : credentials.files()) {
                String path = agent.writePrivate(tempDir, "secret-", f.suffix(), f.content());
                (f.target() == BindingTarget.VARIABLE ? variables : env).put(f.name(), path);
            }
            EngineCommand.Builder builder = new EngineCommand.Builder(agent.java(), agent.engineClasspath(),
                    agent.pathSeparator());
            if (!variables.isEmpty() || !request.vars().isEmpty()) {
                byte[] varFile = VarFile.content(request.vars(), variables);
                builder.generatedVarFile(agent.writePrivate(tempDir, "vars-", VarFile.SUFFIX, varFile));
            }
            String reportPath = agent.child(tempDir, REPORT_NAME);
            env.put(EngineContract.SENSITIVE_VARIABLES, String.join(",", credentials.sensitiveVariables()));
            env.put(EngineContract.MANIFEST_CUSTOM_DATA, json(metadata));
            env.put("CHECKPOINT_DISABLE", "1");
            String token = UUID.randomUUID().toString();
            builder.options(request.engineOptions()).runToken(token).reportFile(reportPath).env(env);
            EngineCommand cmd = request.validate()
                    ? builder.validate(request.template(), request.validateFlags())
                    : builder.build(request.template(), request.buildFlags());
            cmd.check(masker);
            log.println("[packer] jpacker " + command + " " + request.template().template() + " on "
                    + agent.name() + (credentials.files().isEmpty() && credentials.variables().isEmpty()
                    && credentials.environment().isEmpty() ? "" : " with " + credentials));
            log.flush();
            int exit = agent.launch(cmd, token, log);
            byte[] reportBytes = agent.read(reportPath);
            EngineReport report = reportBytes == null ? EngineReport.empty() : EngineReportReader.read(reportBytes);
            List<String> archived = new ArrayList<>();
            if (!request.validate()) {
                ArchivePlan plan = ArchivePlan.of(report, request.archive(), agent.workspace(),
                        reportBytes == null ? null : REPORT_NAME, request.archiveKey());
                if (!plan.fromWorkspace().isEmpty() || !plan.fromTemp().isEmpty()) {
                    agent.archive(plan, tempDir);
                    archived.addAll(plan.fromWorkspace().keySet());
                    archived.addAll(plan.fromTemp().keySet());
                }
                for (String s : plan.skipped()) {
                    log.println("[packer] not archived: " + s);
                }
            }
            RunRecord record = new RunRecord(command, request.template().template(), sha,
                    request.template().varFiles(), agent.name(), metadata, RunRecord.buildsOf(report, masker),
                    archived);
            return new PackerOutcome(exit, reportBytes != null, report, record, maskedReturnValue(report, masker),
                    texts(report.errors(), masker), texts(report.warnings(), masker));
        } finally {
            agent.deleteQuietly(tempDir);
        }
    }

    private static List<Map<String, Object>> maskedReturnValue(EngineReport report, SecretMasker masker) {
        List<Map<String, Object>> value = ReturnValue.of(report);
        for (Map<String, Object> m : value) {
            m.replaceAll((k, v) -> v instanceof String s ? masker.mask(s) : v);
        }
        return value;
    }

    private static List<String> texts(List<Diagnostic> diagnostics, SecretMasker masker) {
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            out.add(masker.mask(d.toString()));
        }
        return out;
    }

    private static String json(Map<String, String> metadata) {
        try {
            return JSON.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}
