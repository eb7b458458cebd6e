package io.jenkins.plugins.packer.engine.hcl.function.lib;

import io.jenkins.plugins.packer.engine.hcl.value.Quote;
import io.jenkins.plugins.packer.engine.hcl.function.FunctionException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Name-based (version 5, SHA-1) UUIDs as go-cty-funcs' {@code uuidv5} makes them, with the namespace given
 * as {@code dns}, {@code url}, {@code oid}, {@code x500} or a UUID in one of the forms Google's Go uuid
 * package parses (plain, braced, {@code urn:uuid:} or 32 hex digits).
 */
final class Uuids {

    private Uuids() {
    }

    static String v5(String namespace, String name) throws FunctionException {
        UUID ns = switch (namespace) {
            case "dns" -> UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
            case "url" -> UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
            case "oid" -> UUID.fromString("6ba7b812-9dad-11d1-80b4-00c04fd430c8");
            case "x500" -> UUID.fromString("6ba7b814-9dad-11d1-80b4-00c04fd430c8");
            default -> parse(namespace);
        };
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.allocate(16 + nameBytes.length);
        buf.putLong(ns.getMostSignificantBits()).putLong(ns.getLeastSignificantBits()).put(nameBytes);
        byte[] h = CryptoFunctions.digest("SHA-1", buf.array());
        h[6] = (byte) (h[6] & 0x0f | 0x50);
        h[8] = (byte) (h[8] & 0x3f | 0x80);
        ByteBuffer out = ByteBuffer.wrap(h, 0, 16);
        return new UUID(out.getLong(), out.getLong()).toString();
    }

    private static UUID parse(String s) throws FunctionException {
        String problem;
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        String body = s;
        if (b.length == 32) {
            problem = s.matches("[0-9a-fA-F]{32}") ? null : "invalid UUID format";
            body = problem == null ? s.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5") : s;
        } else if (b.length == 36 + 9 && !s.regionMatches(true, 0, "urn:uuid:", 0, 9)) {
            problem = "invalid urn prefix: " + Quote.go(new String(b, 0, 9, StandardCharsets.UTF_8));
        } else if (b.length != s.length() && (b.length == 36 || b.length == 36 + 9 || b.length == 36 + 2)) {
            problem = "invalid UUID format";
        } else if (b.length == 36 || b.length == 36 + 9 || b.length == 36 + 2) {
            body = b.length == 36 ? s : b.length == 38 ? s.substring(1, 37) : s.substring(9);
            problem = body.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
                    ? null : "invalid UUID format";
        } else {
            problem = "invalid UUID length: " + b.length;
        }
        if (problem != null) {
            throw new FunctionException("uuidv5() doesn't support namespace " + s + " (" + problem + ")");
        }
        return UUID.fromString(body);
    }
}
