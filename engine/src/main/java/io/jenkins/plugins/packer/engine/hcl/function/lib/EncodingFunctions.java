package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.function.Parameter;
import io.jenkins.plugins.packer.engine.hcl.value.Mark;
import io.jenkins.plugins.packer.engine.hcl.value.Marks;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Packer's encoding functions: {@code base64decode}, {@code base64encode}, {@code base64gzip},
 * {@code csvdecode}, {@code jsondecode}, {@code jsonencode}, {@code textdecodebase64},
 * {@code textencodebase64}, {@code urlencode}, {@code yamldecode} and {@code yamlencode}, with the
 * behaviour and messages of their go-cty, go-cty-funcs, go-cty-yaml and Packer implementations.
 */
public final class EncodingFunctions {

    private EncodingFunctions() {
    }

    /** The encoding functions by name. */
    public static Map<String, Function> all() {
        Map<String, Function> m = new TreeMap<>();
        m.put("base64decode", base64decode());
        m.put("base64encode", Specs.stringToString("str",
                s -> GoBase64.encode(s.getBytes(StandardCharsets.UTF_8))));
        m.put("base64gzip", Specs.stringToString("str", EncodingFunctions::gzipBase64));
        m.put("csvdecode", CsvDecode.function());
        m.put("jsondecode", jsondecode());
        m.put("jsonencode", encoder("val", JsonText::of));
        m.put("textdecodebase64", TextBase64.decodeFunction());
        m.put("textencodebase64", TextBase64.encodeFunction());
        m.put("urlencode", Specs.stringToString("str", EncodingFunctions::queryEscape));
        m.put("yamldecode", yamldecode());
        m.put("yamlencode", encoder("value", YamlEncoder::encode));
        return m;
    }

    private static Function base64decode() {
        return FunctionSpec.builder()
                .param(Parameter.of("str", Type.STRING).allowingMarked())
                .returns(Type.STRING)
                .impl((args, ret) -> {
                    java.util.Set<Mark> marks = Marks.collectDeep(args.get(0));
                    String s = Marks.unmarkDeep(args.get(0)).asString();
                    byte[] bytes;
                    try {
                        bytes = GoBase64.decode(s);
                    } catch (GoBase64.CorruptInputException e) {
                        String shown = marks.contains(Mark.SENSITIVE) ? "(sensitive value)" : "'" + s + "'";
                        throw new FunctionException("failed to decode base64 data " + shown);
                    }
                    try {
                        String text = StandardCharsets.UTF_8.newDecoder()
                                .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
                        return Value.string(text).withMarks(marks);
                    } catch (CharacterCodingException e) {
                        throw new FunctionException(
                                "the result of decoding the the provided string is not valid UTF-8");
                    }
                })
                .build();
    }

    private static String gzipBase64(String s) throws FunctionException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FunctionException("failed to write gzip raw data: " + e.getMessage());
        }
        return GoBase64.encode(buf.toByteArray());
    }

    /** Go's {@code url.QueryEscape}: unreserved characters kept, space as {@code +}, the rest %XX. */
    static String queryEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-_.~".indexOf(c) >= 0) {
                sb.append((char) c);
            } else if (c == ' ') {
                sb.append('+');
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    /** {@code jsonencode}/{@code yamlencode}: any value, null included; unknown inside means unknown. */
    private static Function encoder(String param, java.util.function.Function<Value, String> encode) {
        return FunctionSpec.builder()
                .param(Parameter.of(param, Type.DYNAMIC).allowingNull().allowingDynamicType())
                .returns(Type.STRING)
                .impl((args, ret) -> {
                    Value v = args.get(0);
                    return v.isWhollyKnown() ? Value.string(encode.apply(v)) : Value.unknown(Type.STRING);
                })
                .build();
    }

    private static Function jsondecode() {
        return decoder("str", s -> {
            try {
                return JsonDecoder.decode(s);
            } catch (JsonDecoder.JsonException e) {
                throw new FunctionException(e.getMessage());
            }
        });
    }

    private static Function yamldecode() {
        return decoder("src", s -> {
            try {
                return YamlDecoder.decode(s);
            } catch (YamlDecoder.YamlException e) {
                throw new FunctionException(e.getMessage());
            }
        });
    }

    /** A decoding function whose result type is that of the decoded value. */
    private static Function decoder(String param, Decoder decode) {
        return FunctionSpec.builder()
                .param(param, Type.STRING)
                .returns(args -> args.get(0).isKnown() ? decode.apply(args.get(0).asString()).type() : Type.DYNAMIC)
                .impl((args, ret) -> decode.apply(args.get(0).asString()))
                .build();
    }

    @FunctionalInterface
    private interface Decoder {
        Value apply(String s) throws FunctionException;
    }
}
