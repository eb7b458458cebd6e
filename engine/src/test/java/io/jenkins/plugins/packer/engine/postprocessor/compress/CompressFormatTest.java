package io.jenkins.plugins.packer.engine.postprocessor.compress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Packer's detectFromFilename, case by case. */
class CompressFormatTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "out.tar.gz, null, tar, gzip",
        "out.tgz, null, tar, gzip",
        "out.gz, null, null, gzip",
        "out.zip, null, zip, null",
        "out.tar, null, tar, null",
        "out.bgzf, null, null, bgzf",
        "out.tar.bgzf, null, tar, bgzf",
        "out.lz4, null, null, lz4",
        "out.xz, null, null, xz",
        "out.tar.xz, null, tar, xz",
        "packer_{{.BuildName}}_{{.BuilderType}}, null, tar, gzip",
        "out.raw, null, tar, gzip",
        "artifact, zip, zip, null",
        "out.tar, gz, tar, gzip",
        "v1.2/box, null, tar, gzip"})
    void detect(String output, String format, String archive, String algorithm) {
        assertThat(CompressFormat.detect(output, format)).isEqualTo(new CompressFormat(archive, algorithm));
    }
}
