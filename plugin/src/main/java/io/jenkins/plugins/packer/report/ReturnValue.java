package io.jenkins.plugins.packer.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code packerBuild} returns to the Pipeline script: a list with one map per build, made only of JDK types
 * the Groovy sandbox allows ({@code ArrayList}, {@code LinkedHashMap}, {@code String}, {@code Long},
 * {@code Boolean}). Keys: {@code name}, {@code type}, {@code artifactId}, {@code files}, {@code durationMillis},
 * {@code succeeded}, {@code error}.
 */
public final class ReturnValue {

    private ReturnValue() {
    }

    public static List<Map<String, Object>> of(EngineReport report) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (BuildOutcome b : report.builds()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", b.name());
            m.put("type", b.type());
            m.put("artifactId", b.artifactId());
            m.put("files", new ArrayList<>(b.files()));
            m.put("durationMillis", b.durationMillis());
            m.put("succeeded", b.succeeded());
            m.put("error", b.error());
            result.add(m);
        }
        return result;
    }
}
