package io.jenkins.plugins.packer.engine.httpserver;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Content types as Go's {@code http.FileServer} gives them: by file extension from Go's built-in table, else
 * by sniffing the first 512 bytes (text becomes {@code text/plain; charset=utf-8}, anything else
 * {@code application/octet-stream}). Preseed, kickstart and shell files therefore come out as text.
 */
public final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("avif", "image/avif"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("gif", "image/gif"), Map.entry("htm", "text/html; charset=utf-8"),
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("jpg", "image/jpeg"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"),
            Map.entry("svg", "image/svg+xml"), Map.entry("wasm", "application/wasm"),
            Map.entry("webp", "image/webp"), Map.entry("xml", "text/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("gz", "application/gzip"),
            Map.entry("zip", "application/zip"), Map.entry("tar", "application/x-tar"),
            Map.entry("iso", "application/octet-stream"), Map.entry("img", "application/octet-stream"));

    private ContentTypes() {
    }

    /** The content type for a file named {@code name} whose content starts with {@code head}. */
    public static String of(String name, byte[] head, int headLength) {
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && dot > name.lastIndexOf('/')) {
            String t = BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (t != null) {
                return t;
            }
        }
        return sniff(head, Math.min(headLength, 512));
    }

    /** Go's {@code DetectContentType} reduced to what seed files need: HTML, XML, text or binary. */
    static String sniff(byte[] b, int n) {
        int i = 0;
        while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r' || b[i] == '\f')) {
            i++;
        }
        String start = new String(b, i, Math.min(n - i, 14), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return "text/html; charset=utf-8";
        }
        if (start.startsWith("<?xml")) {
            return "text/xml; charset=utf-8";
        }
        if (n >= 2 && (b[0] & 0xFF) == 0x1f && (b[1] & 0xFF) == 0x8b) {
            return "application/x-gzip";
        }
        for (int k = 0; k < n; k++) {
            int c = b[k] & 0xFF;
            if (c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1A) || (c >= 0x1C && c <= 0x1F)) {
                return "application/octet-stream";
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(b, 0, trimPartialUtf8(b, n)));
            return "text/plain; charset=utf-8";
        } catch (CharacterCodingException e) {
            return "application/octet-stream";
        }
    }

    /** Length without a UTF-8 sequence cut off by the 512-byte limit. */
    private static int trimPartialUtf8(byte[] b, int n) {
        int k = n;
        int back = 0;
        while (k > 0 && back < 3 && (b[k - 1] & 0xC0) == 0x80) {
            k--;
            back++;
        }
        if (k > 0 && (b[k - 1] & 0xC0) == 0xC0) {
            int need = (b[k - 1] & 0xE0) == 0xC0 ? 1 : (b[k - 1] & 0xF0) == 0xE0 ? 2 : 3;
            if (need > back) {
                return k - 1;
            }
        }
        return n;
    }
}
