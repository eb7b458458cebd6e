package io.jenkins.plugins.packer.engine.provisioner.file;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.testing.Configs;
import org.junit.jupiter.api.Test;

/** The file provisioner's configuration checks (Packer's messages). */
class FileProvisionerConfigTest {

    private static Configs.Result<FileProvisionerConfig> decode(String hcl) {
        return Configs.decode(FileProvisionerConfig.class, hcl);
    }

    @Test
    void packersRules() {
        assertThat(decode("").errors()).containsExactly("Destination must be specified.",
                "One of source(s) or content must be specified.");
        assertThat(decode("source = \"a\"\ncontent = \"x\"\ndestination = \"d\"\n").errors())
                .containsExactly("source(s) conflicts with content.");
        assertThat(decode("source = \"a\"\ndestination = \"d\"\ndirection = \"sideways\"\n").errors())
                .containsExactly("Direction must be one of: download, upload.");
        assertThat(decode("source = \"/no/such/file\"\ndestination = \"d\"\n").errors())
                .containsExactly("Bad source '/no/such/file': stat /no/such/file: no such file or directory");
        assertThat(decode("source = \"/no/such/file\"\ndestination = \"d\"\ngenerated = true\n").errors()).isEmpty();
        assertThat(decode("source = \"/no/such/file\"\ndestination = \"d\"\ndirection = \"download\"\n").errors())
                .isEmpty();
        assertThat(decode("sources = [\"a\", \"b\"]\ndestination = \"d\"\n").errors())
                .containsExactly("Destination must be a directory when using multiple sources.");
        FileProvisionerConfig c = decode("source = \"s\"\nsources = [\"a\", \"b\"]\ndestination = \"d/\"\n").config();
        assertThat(c.allSources()).containsExactly("a", "b", "s");
    }
}
