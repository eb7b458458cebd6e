package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The encoding, crypto, date/time, IP, file system and secret groups in Packer's function table. */
class PackerFunctionsSecondHalfTest {

    private final Map<String, Function> table = PackerFunctions.table(
            new PackerFunctions.Options(Path.of("/work/templates"), Instant.parse("2024-02-29T12:00:00Z")));

    @Test
    void tableHasTheSecondHalfOfPackersFunctions() {
        assertThat(table).containsKeys(
                "base64decode", "base64encode", "base64gzip", "csvdecode", "jsondecode", "jsonencode",
                "textdecodebase64", "textencodebase64", "urlencode", "yamldecode", "yamlencode",
                "bcrypt", "md5", "sha1", "sha256", "sha512", "uuidv4", "uuidv5", "rsadecrypt",
                "formatdate", "legacy_isotime", "legacy_strftime", "timeadd", "timestamp", "rfc3339_parse",
                "unix_timestamp_parse",
                "cidrhost", "cidrnetmask", "cidrsubnet", "cidrsubnets",
                "abspath", "basename", "dirname", "file", "filebase64", "fileexists", "fileset", "pathexpand",
                "templatefile",
                "aws_secretsmanager", "aws_secretsmanager_raw", "consul_key", "vault");
        assertThat(table).doesNotContainKeys("base64sha256", "base64sha512");
    }

    @Test
    void optionsReachTheContextDependentFunctions() throws Exception {
        assertThat(call(table, "timestamp")).isEqualTo(str("2024-02-29T12:00:00Z"));
        assertThat(call(table, "fileexists", str("no-such-file.pkr.hcl")).asBool()).isFalse();
    }
}
