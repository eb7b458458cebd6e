package io.jenkins.plugins.packer.report;

import io.jenkins.plugins.packer.masking.SecretMasker;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one {@code packerBuild}/{@code packerValidate} call records on the build: template path and SHA-256,
 * var-file names (never values), agent name, Jenkins metadata, the builds and what was archived. Persisted with
 * the run through the run action; built only from public facts plus masked error messages.
 */
public final class RunRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String command;
    private final String template;
    private final String templateSha256;
    private final ArrayList<String> varFiles;
    private final String agent;
    private final LinkedHashMap<String, String> metadata;
    private final ArrayList<BuildRecord> builds;
    private final ArrayList<String> archived;

    public RunRecord(String command, String template, String templateSha256, List<String> varFiles, String agent,
            Map<String, String> metadata, List<BuildRecord> builds, List<String> archived) {
        this.command = command;
        this.template = template;
        this.templateSha256 = templateSha256;
        this.varFiles = new ArrayList<>(varFiles);
        this.agent = agent;
        this.metadata = new LinkedHashMap<>(metadata);
        this.builds = new ArrayList<>(builds);
        this.archived = new ArrayList<>(archived);
    }

    /** The records of a report's builds, with every error message passed through {@code masker}. */
    public static List<BuildRecord> buildsOf(EngineReport report, SecretMasker masker) {
        List<BuildRecord> list = new ArrayList<>();
        for (BuildOutcome b : report.builds()) {
            List<String> files = new ArrayList<>();
            for (String f : b.files()) {
                files.add(masker.mask(f));
            }
            list.add(new BuildRecord(masker.mask(b.name()), b.type(), masker.mask(b.artifactId()), files,
                    b.durationMillis(), masker.mask(b.error())));
        }
        return list;
    }

    /** {@code build} or {@code validate}. */
    public String getCommand() {
        return command;
    }

    public String getTemplate() {
        return template;
    }

    public String getTemplateSha256() {
        return templateSha256;
    }

    public List<String> getVarFiles() {
        return Collections.unmodifiableList(varFiles);
    }

    public String getAgent() {
        return agent;
    }

    public Map<String, String> getMetadata() {
        return Collections.unmodifiableMap(metadata);
    }

    public List<BuildRecord> getBuilds() {
        return Collections.unmodifiableList(builds);
    }

    /** Archive paths of what was archived for this call. */
    public List<String> getArchived() {
        return Collections.unmodifiableList(archived);
    }
}
