package io.jenkins.plugins.packer.engine.hcl.function.lib;

import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.argumentIndex;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.assertCallFails;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.call;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.nullString;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.secret;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.str;
import static io.jenkins.plugins.packer.engine.hcl.function.lib.LibTesting.unknownString;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class EncodingFunctionsTest {

    private final Map<String, Function> lib = EncodingFunctions.all();

    @Test
    void registersTheElevenEncodingFunctions() {
        assertThat(lib).containsOnlyKeys("base64decode", "base64encode", "base64gzip", "csvdecode", "jsondecode",
                "jsonencode", "textdecodebase64", "textencodebase64", "urlencode", "yamldecode", "yamlencode");
    }

    @Test
    void base64RoundTripsAsInGoCtyFuncsTests() throws Exception {
        assertThat(call(lib, "base64encode", str("abc123!?$*&()'-=@~"))).isEqualTo(str("YWJjMTIzIT8kKiYoKSctPUB+"));
        assertThat(call(lib, "base64decode", str("YWJjMTIzIT8kKiYoKSctPUB+"))).isEqualTo(str("abc123!?$*&()'-=@~"));
        assertThat(call(lib, "base64encode", str("Hello World"))).isEqualTo(str("SGVsbG8gV29ybGQ="));
        assertThat(call(lib, "base64decode", str("SGVsbG8g\r\nV29ybGQ="))).isEqualTo(str("Hello World"));
    }

    @Test
    void base64decodeRejectsBadDataAndInvalidUtf8() {
        assertCallFails(lib, "base64decode", str("this-is-an-invalid-base64-data"))
                .hasMessage("failed to decode base64 data 'this-is-an-invalid-base64-data'");
        assertCallFails(lib, "base64decode", str("YQ")).hasMessage("failed to decode base64 data 'YQ'");
        assertCallFails(lib, "base64decode", str("wyg="))
                .hasMessage("the result of decoding the the provided string is not valid UTF-8");
    }

    @Test
    void base64decodeDoesNotRepeatASensitiveInputInItsError() throws Exception {
        assertCallFails(lib, "base64decode", secret("not base64!"))
                .hasMessage("failed to decode base64 data (sensitive value)");
        Value decoded = call(lib, "base64decode", secret("aGVsbG8="));
        assertThat(decoded.asString()).isEqualTo("hello");
        assertThat(decoded.marks()).containsExactly(Mark.SENSITIVE);
    }

    @Test
    void stringFunctionsPropagateUnknownNullAndMarks() throws Exception {
        assertThat(call(lib, "base64encode", unknownString())).isEqualTo(Value.unknown(Type.STRING));
        assertCallFails(lib, "urlencode", nullString()).hasMessage("argument must not be null");
        assertThat(call(lib, "base64encode", secret("x")).marks()).containsExactly(Mark.SENSITIVE);
    }

    @Test
    void base64gzipCompressesWithGzip() throws Exception {
        String encoded = call(lib, "base64gzip", str("test")).asString();
        byte[] gz = Base64.getDecoder().decode(encoded);
        assertThat(gz[0] & 0xff).isEqualTo(0x1f);
        assertThat(gz[1] & 0xff).isEqualTo(0x8b);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("test");
        }
    }

    @Test
    void urlencodeIsGoQueryEscape() throws Exception {
        // checked against packer console: a+b%26c~%2A%C3%A9
        assertThat(call(lib, "urlencode", str("a b&c~*é"))).isEqualTo(str("a+b%26c~%2A%C3%A9"));
        assertThat(call(lib, "urlencode", str("Hello World!"))).isEqualTo(str("Hello+World%21"));
        assertThat(call(lib, "urlencode", str("foo:bar@localhost?foo=bar&bar=baz")))
                .isEqualTo(str("foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz"));
    }

    @Test
    void textencodebase64AndBackFollowThePackerDocs() throws Exception {
        assertThat(call(lib, "textencodebase64", str("Hello World"), str("UTF-16LE")))
                .isEqualTo(str("SABlAGwAbABvACAAVwBvAHIAbABkAA=="));
        assertThat(call(lib, "textdecodebase64", str("SABlAGwAbABvACAAVwBvAHIAbABkAA=="), str("UTF-16LE")))
                .isEqualTo(str("Hello World"));
        assertThat(call(lib, "textencodebase64", str("é"), str("latin1"))).isEqualTo(str("6Q=="));
    }

    @Test
    void textBase64ErrorsNameTheArgumentAtFault() {
        assertCallFails(lib, "textencodebase64", str("x"), str("no-such-encoding"))
                .hasMessage("\"no-such-encoding\" is not a supported IANA encoding name or alias");
        assertThat(argumentIndex(lib, "textencodebase64", str("x"), str("no-such-encoding"))).isEqualTo(1);
        assertCallFails(lib, "textencodebase64", str("日本"), str("US-ASCII"))
                .hasMessage("the given string contains characters that cannot be represented in US-ASCII");
        assertThat(argumentIndex(lib, "textencodebase64", str("日本"), str("US-ASCII"))).isZero();
        assertCallFails(lib, "textdecodebase64", str("SGV$"), str("UTF-8"))
                .hasMessage("the given value is has an invalid base64 symbol at offset 3");
        assertCallFails(lib, "textdecodebase64", str("/w=="), str("UTF-8"))
                .hasMessage("the given string contains symbols that are not defined for UTF-8");
    }

    @Test
    void csvdecodeMakesAListOfObjects() throws Exception {
        Value v = call(lib, "csvdecode", str("a,b,c\n1,2,3\n4,5,6"));
        assertThat(v.type()).isEqualTo(Type.list(Type.object(Map.of("a", Type.STRING, "b", Type.STRING,
                "c", Type.STRING))));
        assertThat(v.elements()).hasSize(2);
        assertThat(v.elements().get(1).attributes().get("c")).isEqualTo(str("6"));
        Value quoted = call(lib, "csvdecode", str("a,b\r\n\n1,\"x,\"\"y\"\"\nz\"\n"));
        assertThat(quoted.elements().get(0).attributes().get("b")).isEqualTo(str("x,\"y\"\nz"));
        Value headerOnly = call(lib, "csvdecode", str("a,b\n"));
        assertThat(headerOnly.elements()).isEmpty();
        assertThat(headerOnly.type()).isEqualTo(Type.list(Type.object(Map.of("a", Type.STRING, "b", Type.STRING))));
    }

    @Test
    void csvdecodeErrorsAreGoCsvErrors() {
        assertCallFails(lib, "csvdecode", str("")).hasMessage("missing header line");
        assertCallFails(lib, "csvdecode", str("a,a\n1,2")).hasMessage("duplicate column name \"a\"");
        assertCallFails(lib, "csvdecode", str("a,b\n1,2\n3"))
                .hasMessage("CSV parse error on line 3: wrong number of fields");
        assertCallFails(lib, "csvdecode", str("a,b\n1,x\"y"))
                .hasMessage("CSV parse error on line 2: bare \" in non-quoted-field");
        assertCallFails(lib, "csvdecode", str("a,b\n1,\"unterminated\n"))
                .hasMessage("CSV parse error on line 2: extraneous or missing \" in quoted-field");
        assertCallFails(lib, "csvdecode", str("a,b\n1,\"x\"y"))
                .hasMessage("CSV parse error on line 2: extraneous or missing \" in quoted-field");
    }

    @Test
    void decodersReturnUnknownOfUnknownTypeForUnknownInput() throws Exception {
        for (String f : new String[] {"csvdecode", "jsondecode", "yamldecode"}) {
            assertThat(call(lib, f, unknownString())).isEqualTo(Value.DYNAMIC);
        }
    }
}
