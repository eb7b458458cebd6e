package io.jenkins.plugins.packer.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.Diagnostic;
import io.jenkins.plugins.packer.engine.hcl.Diagnostics;
import io.jenkins.plugins.packer.engine.hcl.Pos;
import io.jenkins.plugins.packer.engine.hcl.Range;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Weak decoding of legacy JSON configurations into configuration records. Expected messages are those packer
 * 1.6.6 printed for the null builder's communicator fields given the same values.
 */
class MapDecoderTest {

    record Mount(@Required String path, Boolean readOnly) {
    }

    record Config(
            @Required String sshHost,
            @Default("22") int sshPort,
            @Default("5m") Duration sshTimeout,
            @Sensitive String sshPassword,
            Boolean sshPty,
            Long memory,
            Double ratio,
            List<String> sshCiphers,
            List<List<String>> qemuargs,
            Map<String, String> env,
            @Name("vm_name") String name,
            Mount rootMount,
            List<Mount> mount,
            Value anything) {
    }

    private static final Range BLOCK = new Range("t.json", new Pos(1, 1, 0), new Pos(9, 2, 90));
    private final Diagnostics diags = new Diagnostics();

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    private Decoded<Config> decode(Map<String, Object> m) {
        return MapDecoder.decode(ConfigSchema.of(Config.class), m, diags, BLOCK);
    }

    @Test
    void weakTypingAsPackersDecode() {
        Decoded<Config> d = decode(map("ssh_host", 5.0, "ssh_port", "0x10", "ssh_pty", "true", "memory", "2048",
                "ratio", "1.5", "ssh_password", true, "ssh_ciphers", "a,b", "qemuargs", List.of(List.of("-m", 512.0)),
                "env", map("N", 1.0, "B", false), "vm_name", 1e21, "anything", map("x", List.of(1.0, "y"))));
        assertThat(diags.asList()).isEmpty();
        Config c = d.config();
        assertThat(c.sshHost()).isEqualTo("5");
        assertThat(c.sshPort()).isEqualTo(16);
        assertThat(c.sshPty()).isTrue();
        assertThat(c.memory()).isEqualTo(2048L);
        assertThat(c.ratio()).isEqualTo(1.5);
        assertThat(c.sshPassword()).isEqualTo("1");
        assertThat(c.sshCiphers()).containsExactly("a", "b");
        assertThat(c.qemuargs()).containsExactly(List.of("-m", "512"));
        assertThat(c.env()).containsEntry("N", "1").containsEntry("B", "0");
        assertThat(c.name()).isEqualTo("1000000000000000000000");
        assertThat(c.anything().attributes().get("x").elements()).hasSize(2);
        assertThat(d.secrets()).containsExactly("1");
        assertThat(d.unknownFields()).isEmpty();
    }

    @Test
    void singleValuesBecomeListsAndGoIntegerRules() {
        Config c = decode(map("ssh_host", "h", "ssh_ciphers", 5.0, "ssh_port", "010", "memory", "",
                "ssh_pty", "", "ratio", 2.0, "mount", map("path", "/a"), "qemuargs", "x,y")).config();
        assertThat(diags.asList()).isEmpty();
        assertThat(c.sshCiphers()).containsExactly("5");
        assertThat(c.sshPort()).isEqualTo(8);
        assertThat(c.memory()).isZero();
        assertThat(c.sshPty()).isFalse();
        assertThat(c.mount()).containsExactly(new Mount("/a", null));
        assertThat(c.qemuargs()).containsExactly(List.of("x"), List.of("y"));
        assertThat(decode(map("ssh_host", "h", "ssh_port", 1.7)).config().sshPort()).isEqualTo(1);
        assertThat(decode(map("ssh_host", "h", "ssh_ciphers", "")).config().sshCiphers()).isEmpty();
    }

    @Test
    void durationsAreGoDurationsOrNanoseconds() {
        assertThat(decode(map("ssh_host", "h", "ssh_timeout", "1h30m")).config().sshTimeout())
                .isEqualTo(Duration.ofMinutes(90));
        assertThat(decode(map("ssh_host", "h", "ssh_timeout", 3.0)).config().sshTimeout()).isEqualTo(Duration.ofNanos(3));
        decode(map("ssh_host", "h", "ssh_timeout", "5x"));
        assertThat(diags.asList()).extracting(Diagnostic::summary)
                .containsExactly("error decoding 'ssh_timeout': time: unknown unit \"x\" in duration \"5x\"");
    }

    @Test
    void defaultsApplyToUnsetAndNullFields() {
        Map<String, Object> m = map("ssh_host", "h");
        m.put("ssh_port", null);
        Config c = decode(m).config();
        assertThat(c.sshPort()).isEqualTo(22);
        assertThat(c.sshTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(c.sshPty()).isNull();
        assertThat(c.mount()).isEmpty();
        assertThat(c.rootMount()).isNull();
        assertThat(c.anything().isNull()).isTrue();
    }

    @Test
    void typeErrorsNameTheKeyAndPointAtIt() {
        Map<String, Range> keys = new HashMap<>();
        Range portKey = new Range("t.json", new Pos(3, 5, 30), new Pos(3, 15, 40));
        keys.put("ssh_port", portKey);
        Decoded<Config> d = MapDecoder.decode(ConfigSchema.of(Config.class), map("ssh_host", List.of("h"),
                "ssh_port", "abc", "ssh_pty", "yes", "mount", List.of(map("path", List.of()))), diags, BLOCK, keys::get);
        assertThat(d.config()).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::summary).containsExactly(
                "'mount[0].path' expected type 'string', got unconvertible type '[]interface {}', value: '[]'",
                "'ssh_host' expected type 'string', got unconvertible type '[]interface {}', value: '[h]'",
                "cannot parse 'ssh_port' as int: strconv.ParseInt: parsing \"abc\": invalid syntax",
                "cannot parse 'ssh_pty' as bool: strconv.ParseBool: parsing \"yes\": invalid syntax");
        assertThat(diags.asList().get(2).subject()).isEqualTo(portKey);
        assertThat(diags.asList().get(3).subject()).isEqualTo(BLOCK);
    }

    @Test
    void unknownKeysAreReportedAsPackerDoesExceptTypeAndPackerKeys() {
        Decoded<Config> d = decode(map("ssh_host", "h", "foo", 1.0, "Bar", "x", "type", "null",
                "packer_build_name", "b", "root_mount", map("path", "/", "nope", true)));
        assertThat(d.config()).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::summary).containsExactly(
                "unknown configuration key: '\"Bar\"'",
                "unknown configuration key: '\"foo\"'",
                "unknown configuration key: '\"root_mount.nope\"'");
    }

    @Test
    void keysMatchIgnoringCase() {
        Config c = decode(map("SSH_Host", "h", "VM_NAME", "n")).config();
        assertThat(diags.asList()).isEmpty();
        assertThat(c.sshHost()).isEqualTo("h");
        assertThat(c.name()).isEqualTo("n");
    }

    @Test
    void requiredFieldsMustBeSet() {
        Decoded<Config> d = decode(map("root_mount", map("read_only", "1")));
        assertThat(d.config()).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::detail).containsExactlyInAnyOrder(
                "The argument \"ssh_host\" is required, but no definition was found.",
                "The argument \"root_mount.path\" is required, but no definition was found.");
    }

    @Test
    void nestedBlocksMustBeObjects() {
        decode(map("ssh_host", "h", "root_mount", "x"));
        assertThat(diags.asList()).extracting(Diagnostic::summary)
                .containsExactly("'root_mount' expected a map, got 'string'");
    }

    record Checked(String a, String b) implements Validated {
        @Override
        public void validate(Validation v) {
            v.exclusive("a", "b");
        }
    }

    @Test
    void validatedRecordsAreValidatedAfterDecoding() {
        Range bKey = new Range("t.json", new Pos(2, 3, 10), new Pos(2, 6, 13));
        Decoded<Checked> d = MapDecoder.decode(ConfigSchema.of(Checked.class), map("a", "1", "b", 2.0), diags, BLOCK,
                k -> k.equals("b") ? bKey : null);
        assertThat(d.config()).isNull();
        assertThat(diags.asList()).extracting(Diagnostic::summary).containsExactly("Conflicting configuration arguments");
        assertThat(diags.asList().get(0).subject()).isEqualTo(bKey);
        Diagnostics ok = new Diagnostics();
        assertThat(MapDecoder.decode(ConfigSchema.of(Checked.class), map("a", "1"), ok, BLOCK).config())
                .isEqualTo(new Checked("1", null));
    }

    @Test
    void nullInsideListsGivesGoZeroValues() {
        Config c = decode(map("ssh_host", "h", "ssh_ciphers", Arrays.asList("a", null))).config();
        assertThat(c.sshCiphers()).containsExactly("a", "");
    }
}
