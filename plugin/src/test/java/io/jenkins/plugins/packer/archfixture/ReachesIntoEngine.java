package io.jenkins.plugins.packer.archfixture;

import io.jenkins.plugins.packer.engine.cli.MetaArgs;
import java.util.List;

/** Planted violation (test sources only): plugin code using an engine-internal class. */
public class ReachesIntoEngine {
    public List<String> only() {
        return new MetaArgs().only();
    }
}
