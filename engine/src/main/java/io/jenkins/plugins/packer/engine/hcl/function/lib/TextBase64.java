package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.function.Function;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionSpec;
import io.jenkins.plugins.packer.engine.hcl.value.Type;
import io.jenkins.plugins.packer.engine.hcl.value.Value;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Packer's {@code textencodebase64(string, encoding_name)} and {@code textdecodebase64(source,
 * encoding_name)}: text in another character encoding, carried as base64. Encoding names are IANA names
 * or aliases (looked up among the character sets Java knows).
 */
final class TextBase64 {

    private TextBase64() {
    }

    static Function encodeFunction() {
        return FunctionSpec.builder()
                .param("string", Type.STRING)
                .param("encoding", Type.STRING)
                .returns(Type.STRING)
                .impl((args, ret) -> {
                    Charset cs = charset(args.get(1).asString());
                    try {
                        ByteBuffer bytes = cs.newEncoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)
                                .encode(CharBuffer.wrap(args.get(0).asString()));
                        byte[] out = new byte[bytes.remaining()];
                        bytes.get(out);
                        return Value.string(GoBase64.encode(out));
                    } catch (CharacterCodingException e) {
                        throw new FunctionException(0,
                                "the given string contains characters that cannot be represented in " + cs.name());
                    }
                })
                .build();
    }

    static Function decodeFunction() {
        return FunctionSpec.builder()
                .param("source", Type.STRING)
                .param("encoding", Type.STRING)
                .returns(Type.STRING)
                .impl((args, ret) -> {
                    Charset cs = charset(args.get(1).asString());
                    byte[] raw;
                    try {
                        raw = GoBase64.decode(args.get(0).asString());
                    } catch (GoBase64.CorruptInputException e) {
                        throw new FunctionException(0,
                                "the given value is has an invalid base64 symbol at offset " + e.offset());
                    }
                    String text;
                    try {
                        text = cs.newDecoder()
                                .onMalformedInput(CodingErrorAction.REPLACE)
                                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                                .replaceWith("\ufffd")
                                .decode(ByteBuffer.wrap(raw)).toString();
                    } catch (CharacterCodingException e) {
                        text = "\ufffd";
                    }
                    if (text.indexOf('\ufffd') >= 0) {
                        throw new FunctionException(0,
                                "the given string contains symbols that are not defined for " + cs.name());
                    }
                    return Value.string(text);
                })
                .build();
    }

    private static Charset charset(String name) throws FunctionException {
        try {
            Charset cs = Charset.forName(name);
            if (cs.canEncode()) {
                return cs;
            }
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            // reported below
        }
        throw new FunctionException(1, Quote.go(name) + " is not a supported IANA encoding name or alias");
    }
}
