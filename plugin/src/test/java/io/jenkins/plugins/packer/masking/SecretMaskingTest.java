package io.jenkins.plugins.packer.masking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretMaskingTest {

    private static final String SECRET = "p@ss w\"rd/<x>&é";

    @Test
    void formsCoverJsonBase64AndUrlEncodings() {
        Set<String> forms = SecretForms.of(SECRET);
        assertThat(forms).contains(SECRET, "p@ss w\\\"rd/<x>&é", "p@ss w\\\"rd/\\u003cx\\u003e\\u0026é",
                "p@ss w\\\"rd/<x>&\\u00e9",
                Base64.getEncoder().encodeToString(SECRET.getBytes(StandardCharsets.UTF_8)),
                URLEncoder.encode(SECRET, StandardCharsets.UTF_8),
                URLEncoder.encode(SECRET, StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(forms).allMatch(f -> f.length() >= SecretForms.MIN_LENGTH);
    }

    @Test
    void shortAndNullSecretsHaveNoForms() {
        assertThat(SecretForms.of("ab")).isEmpty();
        assertThat(SecretForms.of(null)).isEmpty();
        SecretMasker m = new SecretMasker(List.of("ab", "", "abcdef"));
        assertThat(m.tooShortToMask()).isEqualTo(1);
        assertThat(m.mask("ab abcdef")).isEqualTo("ab ****");
    }

    @Test
    void secretInsideLargerBase64BlobIsMaskedAtEveryOffset() {
        String secret = "hunter2-very-secret";
        SecretMasker m = new SecretMasker(List.of(secret));
        for (String prefix : List.of("", "a", "ab", "abc", "#cloud-config\npassword: ")) {
            String blob = Base64.getEncoder().encodeToString((prefix + secret + " tail")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(m.reveals(blob)).as("offset %d", prefix.length()).isTrue();
            assertThat(m.mask(blob)).contains(SecretMasker.MASK);
        }
    }

    @Test
    void maskReplacesEveryFormAndLeavesOtherTextAlone() {
        SecretMasker m = new SecretMasker(List.of(SECRET, "AKIA1234"));
        String json = "{\"password\":\"p@ss w\\\"rd/\\u003cx\\u003e\\u0026é\",\"key\":\"AKIA1234\"}";
        assertThat(m.mask(json)).isEqualTo("{\"password\":\"****\",\"key\":\"****\"}");
        assertThat(m.mask("nothing here")).isEqualTo("nothing here");
        assertThat(m.mask(null)).isNull();
        assertThat(m.toString()).doesNotContain("AKIA");
        assertThat(new SecretMasker(List.of()).mask("x AKIA1234")).isEqualTo("x AKIA1234");
    }

    @Test
    void longestFormWinsSoNoFragmentOfASecretRemains() {
        SecretMasker m = new SecretMasker(List.of("abc", "abcdefgh"));
        assertThat(m.mask("xx abcdefgh yy")).isEqualTo("xx **** yy");
    }

    @Test
    void streamMasksWholeLinesEvenWhenASecretArrivesInPieces() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        SecretMasker m = new SecretMasker(List.of("topsecret"));
        MaskingOutputStream out = new MaskingOutputStream(sink, m, StandardCharsets.UTF_8);
        out.write("password=top".getBytes(StandardCharsets.UTF_8));
        out.flush();
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEmpty();
        out.write('s');
        out.write("ecret\nnext line: ok\npartial topsecret".getBytes(StandardCharsets.UTF_8));
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("password=****\nnext line: ok\n");
        out.close();
        assertThat(sink.toString(StandardCharsets.UTF_8))
                .isEqualTo("password=****\nnext line: ok\npartial ****");
    }

    @Test
    void closeLeavesTheDelegateOpen() throws Exception {
        class Tracking extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Tracking sink = new Tracking();
        MaskingOutputStream out = new MaskingOutputStream(sink, new SecretMasker(List.of("xyz")),
                StandardCharsets.UTF_8);
        out.write("a xyz".getBytes(StandardCharsets.UTF_8));
        out.close();
        assertThat(sink.closed).isFalse();
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("a ****");
    }

    @Test
    void veryLongLinesAreWrittenInPiecesAndStillMasked() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        MaskingOutputStream out = new MaskingOutputStream(sink, new SecretMasker(List.of("needle")),
                StandardCharsets.UTF_8);
        byte[] big = new byte[MaskingOutputStream.MAX_LINE + 10];
        java.util.Arrays.fill(big, (byte) 'x');
        out.write(big);
        assertThat(sink.size()).isEqualTo(MaskingOutputStream.MAX_LINE);
        out.write(" needle\n".getBytes(StandardCharsets.UTF_8));
        assertThat(sink.toString(StandardCharsets.UTF_8)).endsWith("x ****\n");
    }
}
