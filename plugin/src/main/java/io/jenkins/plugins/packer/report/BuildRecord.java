package io.jenkins.plugins.packer.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One build as remembered on the Jenkins build page (persisted with the run, so only plain fields and never a
 * secret: the error message is masked before it gets here). Getters are read by {@code summary.jelly}.
 */
public final class BuildRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String type;
    private final String artifactId;
    private final ArrayList<String> files;
    private final long durationMillis;
    private final String error;

    public BuildRecord(String name, String type, String artifactId, List<String> files, long durationMillis,
            String error) {
        this.name = name;
        this.type = type;
        this.artifactId = artifactId;
        this.files = new ArrayList<>(files);
        this.durationMillis = durationMillis;
        this.error = error;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public String getArtifactId() {
        return artifactId;
    }

    public List<String> getFiles() {
        return Collections.unmodifiableList(files);
    }

    public long getDurationMillis() {
        return durationMillis;
    }

    /** Duration as shown on the build page, e.g. {@code 2m 05s}. */
    public String getDuration() {
        long s = durationMillis / 1000;
        return s >= 60 ? String.format("%dm %02ds", s / 60, s % 60) : (durationMillis < 1000 && durationMillis > 0
                ? durationMillis + "ms" : s + "s");
    }

    public String getError() {
        return error;
    }

    public boolean isSucceeded() {
        return error == null;
    }
}
