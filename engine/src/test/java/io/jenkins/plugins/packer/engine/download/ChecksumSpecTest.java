package io.jenkins.plugins.packer.engine.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ChecksumSpecTest {

    private static final String SHA256 = "9e17c9f743716cb11e9a0b3dafbcf7a37727f201ef5cde181ef29e276f73d00e";

    @Test
    void forms() {
        assertThat(ChecksumSpec.parse("none")).isEqualTo(new ChecksumSpec.None());
        assertThat(ChecksumSpec.parse("sha256:" + SHA256))
                .isEqualTo(new ChecksumSpec.Value(new Checksum(ChecksumType.SHA256, SHA256)));
        assertThat(ChecksumSpec.parse(SHA256.toUpperCase()))
                .isEqualTo(new ChecksumSpec.Value(new Checksum(ChecksumType.SHA256, SHA256)));
        assertThat(ChecksumSpec.parse("md5:d41d8cd98f00b204e9800998ecf8427e"))
                .isEqualTo(new ChecksumSpec.Value(new Checksum(ChecksumType.MD5, "d41d8cd98f00b204e9800998ecf8427e")));
        assertThat(ChecksumSpec.parse("da39a3ee5e6b4b0d3255bfef95601890afd80709"))
                .extracting(s -> ((ChecksumSpec.Value) s).checksum().type()).isEqualTo(ChecksumType.SHA1);
        assertThat(ChecksumSpec.parse("file:https://example.org/SHA256SUMS"))
                .isEqualTo(new ChecksumSpec.FromFile("https://example.org/SHA256SUMS"));
        assertThat(ChecksumSpec.parse("file:./SHA256SUMS")).isEqualTo(new ChecksumSpec.FromFile("./SHA256SUMS"));
    }

    @Test
    void errors() {
        assertThatThrownBy(() -> ChecksumSpec.parse("")).hasMessage("A checksum must be specified");
        assertThatThrownBy(() -> ChecksumSpec.parse("crc32:1234")).hasMessage("unsupported checksum type: crc32");
        assertThatThrownBy(() -> ChecksumSpec.parse("sha256:abc"))
                .hasMessage("invalid checksum: sha256 expects 64 hex digits, got 3");
        assertThatThrownBy(() -> ChecksumSpec.parse("sha1:zz39a3ee5e6b4b0d3255bfef95601890afd80709"))
                .hasMessageContaining("is not hexadecimal");
        assertThatThrownBy(() -> ChecksumSpec.parse("abc")).hasMessageStartingWith("invalid checksum: abc");
        assertThatThrownBy(() -> ChecksumSpec.parse("SHA256:" + SHA256))
                .hasMessage("unsupported checksum type: SHA256");
    }

    @Test
    void checksumFiles() {
        String gnu = SHA256 + "  tiny.iso\n" + "0".repeat(64) + " *other.iso\n";
        assertThat(ChecksumFile.find(gnu, "tiny.iso")).hasValue(new Checksum(ChecksumType.SHA256, SHA256));
        assertThat(ChecksumFile.find(gnu, "other.iso")).hasValue(new Checksum(ChecksumType.SHA256, "0".repeat(64)));
        String bsd = "# comment\nSHA256 (tiny.iso) = " + SHA256 + "\nMD5 (tiny.iso) = d41d8cd98f00b204e9800998ecf8427e\n";
        assertThat(ChecksumFile.find(bsd, "tiny.iso")).hasValue(new Checksum(ChecksumType.SHA256, SHA256));
        assertThat(ChecksumFile.find("d41d8cd98f00b204e9800998ecf8427e  ./tiny.iso", "tiny.iso"))
                .hasValue(new Checksum(ChecksumType.MD5, "d41d8cd98f00b204e9800998ecf8427e"));
        assertThat(ChecksumFile.find(gnu, "missing.iso")).isEmpty();
        assertThat(ChecksumFile.find(SHA256 + "  dir/tiny.iso", "tiny.iso")).isEmpty();
    }

    @Test
    void cacheNamesAreSha1OfTheChecksumOrTheUrl() {
        // sha1("sha256:...") and sha1(url) as Packer's UseSourceToFindCacheTarget
        assertThat(CachePaths.cacheName("sha256:" + SHA256, "http://x/tiny.iso?checksum=...", "iso"))
                .isEqualTo(CachePaths.sha1Hex("sha256:" + SHA256) + ".iso");
        assertThat(CachePaths.cacheName("none", "http://x/tiny.iso", "iso"))
                .isEqualTo(CachePaths.sha1Hex("http://x/tiny.iso") + ".iso");
        assertThat(CachePaths.sha1Hex("abc")).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
    }

    @Test
    void cacheDirectory() {
        java.nio.file.Path wd = java.nio.file.Path.of("/work/dir");
        assertThat(CachePaths.cacheDir(java.util.Map.of(), wd)).isEqualTo(wd.resolve("packer_cache"));
        assertThat(CachePaths.cacheDir(java.util.Map.of("PACKER_CACHE_DIR", "/var/cache/p"), wd))
                .isEqualTo(java.nio.file.Path.of("/var/cache/p"));
        assertThat(CachePaths.cacheDir(java.util.Map.of("PACKER_CACHE_DIR", "c"), wd)).isEqualTo(wd.resolve("c"));
    }
}
