package io.jenkins.plugins.packer.engine.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {

    private static final String S = SecretMasker.REPLACEMENT;

    private static String mask(String secret, String text) {
        return SecretMasker.of(List.of(secret)).mask(text);
    }

    @Test
    void plainSecretAndNothingElse() {
        assertThat(mask("s3cr3tvalue", "provisioning b demo s3cr3tvalue")).isEqualTo("provisioning b demo " + S);
        assertThat(mask("s3cr3tvalue", "s3cr3tvalu")).isEqualTo("s3cr3tvalu");
        assertThat(SecretMasker.empty().mask("anything")).isEqualTo("anything");
        assertThat(mask("x", null)).isNull();
    }

    @Test
    void regexMetacharactersAreLiteral() {
        String secret = "a.b*c(d)[e]$^\\|+?{2}";
        assertThat(mask(secret, "<" + secret + ">")).isEqualTo("<" + S + ">");
        assertThat(mask(secret, "aXbbbc(d)[e]")).isEqualTo("aXbbbc(d)[e]");
        assertThat(mask("$1", "cost $1 and \\$1")).isEqualTo("cost " + S + " and \\" + S);
    }

    @Test
    void shortSecretsAreMaskedButNotTheirTinyEncodings() {
        // "x" is masked wherever it appears (leaking is worse than ugly output) ...
        assertThat(mask("x", "xyz")).isEqualTo(S + "yz");
        // ... its padded base64 "eA==" too, but not the two-letter unpadded "eA" found in ordinary words
        assertThat(mask("x", "eA== ReAd")).isEqualTo(S + " ReAd");
        assertThat(mask("   ", "a   b")).isEqualTo("a   b"); // blank secrets are ignored
    }

    @Test
    void overlappingSecretsLongestFirst() {
        SecretMasker m = SecretMasker.of(List.of("abc", "abcdef", "bcd"));
        assertThat(m.mask("abcdef abc xbcdx abcd")).isEqualTo(S + " " + S + " x" + S + "x " + S + "d");
    }

    @Test
    void jsonEscapedForms() {
        String secret = "pa\"ss\\wo<rd>&\n\u001b";
        String jackson = "pa\\\"ss\\\\wo<rd>&\\n\\u001B";
        String go = "pa\\\"ss\\\\wo\\u003crd\\u003e\\u0026\\n\\u001b";
        assertThat(mask(secret, "{\"p\":\"" + jackson + "\"}")).isEqualTo("{\"p\":\"" + S + "\"}");
        assertThat(mask(secret, "{\"p\":\"" + go + "\"}")).isEqualTo("{\"p\":\"" + S + "\"}");
    }

    @Test
    void base64StandardAndUrlAlphabets() {
        String secret = "???>>~~secret";
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        String std = Base64.getEncoder().encodeToString(bytes);
        String url = Base64.getUrlEncoder().encodeToString(bytes);
        assertThat(std).contains("+").contains("/");
        assertThat(url).contains("-").contains("_");
        assertThat(mask(secret, "Authorization: Basic " + std)).isEqualTo("Authorization: Basic " + S);
        assertThat(mask(secret, "token=" + url + ";")).isEqualTo("token=" + S + ";");
        assertThat(mask(secret, "token=" + url.replace("=", "") + ";")).isEqualTo("token=" + S + ";");
    }

    @Test
    void base64OfTheSecretEmbeddedInALongerStreamAtEveryAlignment() {
        String secret = "correct horse battery staple";
        Random random = new Random(42);
        for (int prefix = 0; prefix < 6; prefix++) {
            for (int suffix = 0; suffix < 3; suffix++) {
                byte[] data = embed(random, prefix, secret, suffix);
                for (Base64.Encoder enc : List.of(Base64.getEncoder(), Base64.getUrlEncoder())) {
                    String encoded = enc.encodeToString(data);
                    String masked = mask(secret, encoded);
                    String left = masked.replace(S, "");
                    assertThat(masked).as("prefix %d suffix %d", prefix, suffix).contains(S);
                    // only the characters that also depend on the surrounding bytes may remain
                    assertThat(left.length()).as("prefix %d suffix %d: %s", prefix, suffix, masked)
                            .isLessThanOrEqualTo((prefix + suffix + 2) * 8 / 6 + 3);
                }
            }
        }
    }

    @Test
    void base64CoreIsWhatEveryEmbeddingContains() {
        Random random = new Random(7);
        for (int n = 1; n < 20; n++) {
            byte[] secret = new byte[n];
            random.nextBytes(secret);
            for (int offset = 0; offset < 3; offset++) {
                String core = SecretForms.base64Core(Base64.getEncoder().withoutPadding(), secret, offset);
                for (int extra = 0; extra < 4; extra++) {
                    byte[] data = new byte[offset + 3 * extra + n + extra];
                    random.nextBytes(data);
                    System.arraycopy(secret, 0, data, offset + 3 * extra, n);
                    assertThat(Base64.getEncoder().encodeToString(data)).contains(core);
                }
            }
        }
    }

    @Test
    void urlEncodedQueryAndPathForms() {
        String secret = "p@ss w/rd&x=1~*";
        String query = "p%40ss+w%2Frd%26x%3D1~%2A";
        String path = "p%40ss%20w%2Frd%26x%3D1~%2A";
        String java = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        assertThat(java).isNotIn(query, path);
        for (String form : List.of(query, path, java)) {
            assertThat(mask(secret, "https://h/x?pw=" + form + "&a=b")).isEqualTo("https://h/x?pw=" + S + "&a=b");
        }
    }

    @Test
    void shellQuotedForms() {
        assertThat(mask("it's", "echo 'it'\\''s'")).isEqualTo("echo '" + S + "'");
        assertThat(mask("a$b\"c`d\\e", "echo \"a\\$b\\\"c\\`d\\\\e\"")).isEqualTo("echo \"" + S + "\"");
    }

    @Test
    void everyLineOfAMultiLineSecret() {
        String key = "-----BEGIN KEY-----\r\nMIIEpAIBAAKCAQEA\r\n-----END KEY-----\r\n";
        SecretMasker m = SecretMasker.of(List.of(key));
        assertThat(m.mask(key)).isEqualTo(S);
        assertThat(m.mask(key.replace("\r\n", "\n"))).isEqualTo(S);
        assertThat(m.mask("line 2 is MIIEpAIBAAKCAQEA.")).isEqualTo("line 2 is " + S + ".");
        assertThat(m.mask("{\"key\":\"-----BEGIN KEY-----\\nMIIEpAIBAAKCAQEA\\n-----END KEY-----\\n\"}"))
                .isEqualTo("{\"key\":\"" + S + "\"}");
    }

    @Test
    void perInstanceDeriveAndRuntimeRegistration() {
        SecretMasker run = SecretMasker.of(List.of("runsecret"));
        SecretMasker build = run.derive(List.of("buildsecret"));
        assertThat(run.mask("runsecret buildsecret")).isEqualTo(S + " buildsecret");
        assertThat(build.mask("runsecret buildsecret")).isEqualTo(S + " " + S);
        build.register("generated-password");
        assertThat(build.mask("generated-password")).isEqualTo(S);
        assertThat(run.mask("generated-password")).isEqualTo("generated-password");
        assertThat(build.secrets()).containsExactly("runsecret", "buildsecret", "generated-password");
    }

    @Test
    void maskingWriterFindsSecretsSplitAcrossWrites() throws Exception {
        StringWriter target = new StringWriter();
        try (MaskingWriter w = new MaskingWriter(target, SecretMasker.of(List.of("s3cr3tvalue")))) {
            w.write("first s3c");
            w.write("r3tval");
            w.flush();
            assertThat(target.toString()).isEmpty(); // the unfinished line is held back
            w.write("ue\nsecond s3cr3");
        }
        assertThat(target.toString()).isEqualTo("first " + S + "\nsecond s3cr3");
    }

    @Test
    void maskingWriterEmitsLongLinesInSafePieces() throws Exception {
        String secret = "supersecretvalue17";
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            line.append("chunk").append(i).append(' ').append(secret).append(' ');
        }
        StringWriter target = new StringWriter();
        MaskingWriter w = new MaskingWriter(target, SecretMasker.of(List.of(secret)), 16);
        List<Integer> emittedAt = new ArrayList<>();
        for (char c : line.toString().toCharArray()) {
            w.write(c);
            emittedAt.add(target.getBuffer().length());
        }
        assertThat(target.getBuffer().length()).as("emits before the newline").isPositive();
        w.close();
        assertThat(target.toString()).isEqualTo(line.toString().replace(secret, S));
        assertThat(emittedAt.get(emittedAt.size() - 1)).isLessThan(target.toString().length());
    }

    private static byte[] embed(Random random, int prefix, String secret, int suffix) {
        byte[] s = secret.getBytes(StandardCharsets.UTF_8);
        byte[] data = new byte[prefix + s.length + suffix];
        random.nextBytes(data);
        System.arraycopy(s, 0, data, prefix, s.length);
        return Arrays.copyOf(data, data.length);
    }
}
