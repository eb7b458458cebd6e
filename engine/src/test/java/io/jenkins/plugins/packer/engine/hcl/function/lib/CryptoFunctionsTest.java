package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.assertCallFails;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.num;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.secret;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.str;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.unknownString;
import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CryptoFunctionsTest {

    private final Map<String, Function> lib = CryptoFunctions.all();

    private static String resource(String name) throws IOException {
        try (InputStream in = CryptoFunctionsTest.class.getResourceAsStream("rsa/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @CsvSource({
        // checked against packer console
        "md5,5eb63bbbe01eeed093cb22bb8f5acdc3",
        "sha1,2aae6c35c94fcfb415dbe95f408b9ce91ee846ed",
        "sha256,b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9",
        "sha512,309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830"
                + "e81f605dcf7dc5542e93ae9cd76f",
    })
    void hashesOfHelloWorld(String function, String expected) throws Exception {
        assertThat(call(lib, function, str("hello world"))).isEqualTo(str(expected));
    }

    @Test
    void packerHasNoBase64HashesButTheyAreAvailableSeparately() throws Exception {
        assertThat(lib).containsOnlyKeys("bcrypt", "md5", "sha1", "sha256", "sha512", "uuidv4", "uuidv5", "rsadecrypt");
        Map<String, Function> extra = CryptoFunctions.base64Hashes();
        assertThat(call(extra, "base64sha256", str("hello world")))
                .isEqualTo(str("uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="));
        assertThat(call(extra, "base64sha512", str("hello world"))).isEqualTo(
                str("MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw=="));
    }

    @Test
    void hashesKeepMarksAndPassUnknownsThrough() throws Exception {
        Value hashed = call(lib, "sha256", secret("hunter2"));
        assertThat(hashed.marks()).containsExactly(Mark.SENSITIVE);
        assertThat(call(lib, "md5", unknownString())).isEqualTo(Value.unknown(Type.STRING));
        assertThat(call(lib, "md5", str("é"))).isEqualTo(str("66ddcd97cfdeabb2f6fb8a999b4bc76f")); // packer console
    }

    @Test
    void bcryptMakesA2aHashThatVerifies() throws Exception {
        String hash = call(lib, "bcrypt", str("hello"), num(4)).asString();
        assertThat(hash).startsWith("$2a$04$").hasSize(60);
        assertThat(BCrypt.verifyer().verify("hello".toCharArray(), hash).verified).isTrue();
        assertThat(BCrypt.verifyer().verify("other".toCharArray(), hash).verified).isFalse();
        // a cost below the minimum silently becomes the default, as in Go
        assertThat(call(lib, "bcrypt", str("hello"), num(3)).asString()).startsWith("$2a$10$");
    }

    @Test
    void bcryptErrors() {
        assertCallFails(lib, "bcrypt", str("hello"), num(32))
                .hasMessage("error occured generating password crypto/bcrypt: cost 32 is outside allowed range (4,31)");
        assertCallFails(lib, "bcrypt", str("hello"), Value.number(new BigDecimal("4.5")))
                .hasMessage("value must be a whole number, between -9223372036854775808 and 9223372036854775807");
        assertCallFails(lib, "bcrypt", str("hello"), num(4), num(5))
                .hasMessage("bcrypt() takes no more than two arguments");
        assertCallFails(lib, "bcrypt", str("x".repeat(73)), num(4))
                .hasMessage("error occured generating password bcrypt: password length exceeds 72 bytes");
    }

    @Test
    void uuidv4IsRandomAndWellFormed() throws Exception {
        String a = call(lib, "uuidv4").asString();
        String b = call(lib, "uuidv4").asString();
        assertThat(a).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(a).isNotEqualTo(b);
    }

    @ParameterizedTest
    @CsvSource({
        // go-cty-funcs tests and packer console
        "dns,tada,faa898db-9b9d-5b75-86a9-149e7bb8e3b8",
        "url,tada,2c1ff6b4-211f-577e-94de-d978b0caa16e",
        "oid,tada,61eeea26-5176-5288-87fc-232d6ed30d2f",
        "x500,tada,7e12415e-f7c9-57c3-9e43-52dc9950d264",
        "6ba7b810-9dad-11d1-80b4-00c04fd430c8,tada,faa898db-9b9d-5b75-86a9-149e7bb8e3b8",
        "{6ba7b810-9dad-11d1-80b4-00c04fd430c8},tada,faa898db-9b9d-5b75-86a9-149e7bb8e3b8",
        "URN:UUID:6ba7b810-9dad-11d1-80b4-00c04fd430c8,tada,faa898db-9b9d-5b75-86a9-149e7bb8e3b8",
        "6ba7b8109dad11d180b400c04fd430c8,tada,faa898db-9b9d-5b75-86a9-149e7bb8e3b8",
        "dns,www.terraform.io,a5008fae-b28c-5ba5-96cd-82b4c53552d6",
        "url,https://www.terraform.io/,9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5",
        "oid,1.3.6.1.4,af9d40a5-7a36-5c07-b23a-851cd99fbfa5",
        "x500,'CN=Example,C=GB',84e09961-4aa4-57f8-95b7-03edb1073253",
    })
    void uuidv5(String namespace, String name, String expected) throws Exception {
        assertThat(call(lib, "uuidv5", str(namespace), str(name))).isEqualTo(str(expected));
    }

    @Test
    void uuidv5RejectsUnknownNamespaces() {
        assertCallFails(lib, "uuidv5", str("tada"), str("x"))
                .hasMessage("uuidv5() doesn't support namespace tada (invalid UUID length: 4)");
        assertCallFails(lib, "uuidv5", str("6ba7b810x9dad-11d1-80b4-00c04fd430c8"), str("x"))
                .hasMessage("uuidv5() doesn't support namespace 6ba7b810x9dad-11d1-80b4-00c04fd430c8 "
                        + "(invalid UUID format)");
        assertCallFails(lib, "uuidv5", str("urx:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8"), str("x"))
                .hasMessage("uuidv5() doesn't support namespace urx:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8 "
                        + "(invalid urn prefix: \"urx:uuid:\")");
    }

    @Test
    void rsadecryptDecryptsWhatOpensslEncrypted() throws Exception {
        // the packer console gives "Hello, world!" for the same files
        assertThat(call(lib, "rsadecrypt", str(resource("ciphertext.b64").trim()), str(resource("key.pem"))))
                .isEqualTo(str("Hello, world!"));
    }

    @Test
    void rsadecryptResultIsSensitiveWhenTheKeyIs() throws Exception {
        Value out = call(lib, "rsadecrypt", str(resource("ciphertext.b64").trim()), secret(resource("key.pem")));
        assertThat(out.marks()).containsExactly(Mark.SENSITIVE);
    }

    @Test
    void rsadecryptErrors() throws Exception {
        String ct = resource("ciphertext.b64").trim();
        assertCallFails(lib, "rsadecrypt", str("bad cipher"), str(resource("key.pem")))
                .hasMessage("failed to decode input \"bad cipher\": cipher text must be base64-encoded");
        assertCallFails(lib, "rsadecrypt", str(ct), str("bad key")).hasMessage("failed to parse key: no key found");
        assertCallFails(lib, "rsadecrypt", str(ct), str("")).hasMessage("failed to parse key: no key found");
        assertCallFails(lib, "rsadecrypt", str(ct), str(resource("enc.pem"))).hasMessage(
                "failed to parse key: password protected keys are not supported. Please decrypt the key prior to use");
        assertCallFails(lib, "rsadecrypt", str(ct), str(resource("key8.pem"))).hasMessage(
                "x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)");
        assertCallFails(lib, "rsadecrypt", str("aGVsbG8="), str(resource("key.pem")))
                .hasMessage("crypto/rsa: decryption error");
        assertCallFails(lib, "rsadecrypt", str(""), str(resource("key.pem")))
                .hasMessage("crypto/rsa: decryption error");
    }
}
