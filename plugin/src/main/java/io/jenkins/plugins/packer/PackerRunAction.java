package io.jenkins.plugins.packer;

import hudson.model.InvisibleAction;
import io.jenkins.plugins.packer.report.RunRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Packer steps of one build did, shown by {@code summary.jelly} on the build page and persisted with the
 * build. Holds only {@link RunRecord}s (public facts and masked messages, never secrets or var-file values).
 */
public final class PackerRunAction extends InvisibleAction {

    private final List<RunRecord> records = new ArrayList<>();

    /** Appends one step call's record; calls from parallel branches are serialized. */
    synchronized void add(RunRecord record) {
        records.add(record);
    }

    /** Number of records so far; the next call archives under {@code packer/<count+1>/}. */
    synchronized int count() {
        return records.size();
    }

    public synchronized List<RunRecord> getRecords() {
        return List.copyOf(records);
    }

    /** The engine this plugin ships, for the summary. */
    public String getEngine() {
        return EngineCompatibility.describe();
    }
}
