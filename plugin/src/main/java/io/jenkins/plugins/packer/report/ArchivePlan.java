package io.jenkins.plugins.packer.report;

import io.jenkins.plugins.packer.workspace.WorkspacePaths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which files to archive after a build, as the maps {@code ArtifactManager.archive} takes (archive path to path
 * relative to a base directory): artifact files and the manifest from the workspace, the build report from the
 * step's temporary directory. Files the engine reports outside the workspace are skipped and listed.
 *
 * @param fromWorkspace archive path to workspace-relative path
 * @param fromTemp archive path to path relative to the step's temporary directory
 * @param skipped reported files that were not archived, with the reason
 */
public record ArchivePlan(Map<String, String> fromWorkspace, Map<String, String> fromTemp, List<String> skipped) {

    /** Archive folder of every file this plugin archives. */
    public static final String PREFIX = "packer/";

    /** What to archive; the default is manifest and report, not the (possibly huge) artifact files. */
    public record Options(boolean artifacts, boolean manifest, boolean report) {
        public static final Options DEFAULT = new Options(false, true, true);
    }

    public ArchivePlan {
        fromWorkspace = Collections.unmodifiableMap(new LinkedHashMap<>(fromWorkspace));
        fromTemp = Collections.unmodifiableMap(new LinkedHashMap<>(fromTemp));
        skipped = List.copyOf(skipped);
    }

    /**
     * Plans the archive of one engine run.
     *
     * @param workspaceRoot absolute workspace path on the agent (its own separators)
     * @param reportName file name of the report inside the temporary directory, or {@code null} if none
     * @param archiveKey distinguishes several calls in one build, e.g. {@code 1} for the first
     */
    public static ArchivePlan of(EngineReport report, Options options, String workspaceRoot, String reportName,
            String archiveKey) {
        Map<String, String> ws = new LinkedHashMap<>();
        Map<String, String> tmp = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        String base = PREFIX + archiveKey + "/";
        if (options.artifacts()) {
            for (BuildOutcome b : report.builds()) {
                for (String f : b.files()) {
                    String rel = relativize(workspaceRoot, f);
                    if (rel == null) {
                        skipped.add(f + " (outside the workspace)");
                    } else {
                        ws.put(base + "artifacts/" + safe(b.name()) + "/" + rel, rel);
                    }
                }
            }
        }
        if (options.manifest() && report.manifest() != null) {
            String rel = relativize(workspaceRoot, report.manifest());
            if (rel == null) {
                skipped.add(report.manifest() + " (outside the workspace)");
            } else {
                ws.put(base + fileName(rel), rel);
            }
        }
        if (options.report() && reportName != null) {
            tmp.put(base + "build-report.json", reportName);
        }
        return new ArchivePlan(ws, tmp, skipped);
    }

    /** Workspace-relative {@code /}-path of {@code file}, or {@code null} when it is not inside the workspace. */
    static String relativize(String workspaceRoot, String file) {
        String root = workspaceRoot.replace('\\', '/');
        String f = file.replace('\\', '/');
        if (!root.endsWith("/")) {
            root += "/";
        }
        String rel = f.startsWith(root) ? f.substring(root.length()) : f;
        try {
            String confined = WorkspacePaths.confine(rel, "artifact file");
            return confined.equals(".") ? null : confined;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String fileName(String rel) {
        int slash = rel.lastIndexOf('/');
        return slash < 0 ? rel : rel.substring(slash + 1);
    }

    private static String safe(String buildName) {
        String s = buildName == null ? "build" : buildName.replaceAll("[^A-Za-z0-9._-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }
}
