package io.jenkins.plugins.packer.engine.testing;

import io.jenkins.plugins.packer.engine.artifact.Artifact;
import io.jenkins.plugins.packer.engine.build.BuildContext;
import io.jenkins.plugins.packer.engine.build.PlannedBuild;
import java.util.Collection;
import java.util.List;

/** A planned build whose run is a lambda: the template layer's stand-in in orchestration tests. */
public final class ScriptedBuild implements PlannedBuild {

    /** The body of a scripted build. */
    @FunctionalInterface
    public interface Body {
        List<Artifact> run(BuildContext ctx) throws Exception;
    }

    private final String name;
    private final String type;
    private final Body body;
    private final Collection<String> secrets;

    public ScriptedBuild(String name, String type, Body body) {
        this(name, type, List.of(), body);
    }

    public ScriptedBuild(String name, String type, Collection<String> secrets, Body body) {
        this.name = name;
        this.type = type;
        this.body = body;
        this.secrets = secrets;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public List<Artifact> run(BuildContext ctx) throws Exception {
        return body.run(ctx);
    }

    @Override
    public Collection<String> secrets() {
        return secrets;
    }
}
