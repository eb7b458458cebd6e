package io.jenkins.plugins.packer.engine.media;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * FAT 8.3 names and VFAT long-name entries: {@code Autounattend.xml} is stored as {@code AUTOUN~1XML} with
 * long-name entries carrying the real name (UCS-2, 13 characters per entry, linked by the short name's
 * checksum), as Windows and Linux write them.
 */
final class ShortNames {

    private static final String INVALID = "\"*+,./:;<=>?[\\]| ";

    private ShortNames() {
    }

    /** The 11-character short name (8 name + 3 extension, space padded) for {@code name}, unique in {@code used}. */
    static String generate(String name, Set<String> used) {
        String upper = name.toUpperCase(Locale.ROOT);
        int dot = upper.lastIndexOf('.');
        String base = dot > 0 ? upper.substring(0, dot) : upper;
        String ext = dot > 0 ? upper.substring(dot + 1) : "";
        String b = clean(base);
        String e = clean(ext);
        boolean lossy = !b.equals(base) || !e.equals(ext) || b.length() > 8 || e.length() > 3 || b.isEmpty();
        if (e.length() > 3) {
            e = e.substring(0, 3);
        }
        if (!lossy) {
            String exact = pad(b, 8) + pad(e, 3);
            if (!used.contains(exact)) {
                return exact;
            }
        }
        if (b.isEmpty()) {
            b = "_";
        }
        for (int n = 1; n < 1_000_000; n++) {
            String tail = "~" + n;
            String head = b.length() > 8 - tail.length() ? b.substring(0, 8 - tail.length()) : b;
            String candidate = pad(head + tail, 8) + pad(e, 3);
            if (!used.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("too many similar names: " + name);
    }

    /** Whether the short name shows exactly as {@code name} (no long-name entries needed). */
    static boolean isExact(String name, String shortName) {
        return display(shortName).equals(name);
    }

    /** {@code NAME.EXT} of an 11-character short name. */
    static String display(String shortName) {
        String b = shortName.substring(0, 8).stripTrailing();
        String e = shortName.substring(8).stripTrailing();
        return e.isEmpty() ? b : b + "." + e;
    }

    static int longNameEntryCount(String name) {
        return (name.length() + 12) / 13;
    }

    /** The long-name entries for {@code name}, in on-disk order (highest sequence number first). */
    static List<byte[]> longNameEntries(String name, String shortName) {
        int count = longNameEntryCount(name);
        int sum = checksum(shortName);
        List<byte[]> out = new ArrayList<>();
        for (int seq = count; seq >= 1; seq--) {
            char[] part = new char[13];
            for (int i = 0; i < 13; i++) {
                int idx = (seq - 1) * 13 + i;
                part[i] = idx < name.length() ? name.charAt(idx) : idx == name.length() ? 0 : (char) 0xFFFF;
            }
            ByteBuffer b = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
            b.put((byte) (seq == count ? 0x40 | seq : seq));
            for (int i = 0; i < 5; i++) {
                b.putChar(part[i]);
            }
            b.put((byte) 0x0F).put((byte) 0).put((byte) sum);
            for (int i = 5; i < 11; i++) {
                b.putChar(part[i]);
            }
            b.putShort((short) 0);
            for (int i = 11; i < 13; i++) {
                b.putChar(part[i]);
            }
            out.add(b.array());
        }
        return out;
    }

    /** The short-name checksum stored in every long-name entry. */
    static int checksum(String shortName) {
        byte[] n = shortName.getBytes(StandardCharsets.ISO_8859_1);
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum = (((sum & 1) << 7) + (sum >> 1) + (n[i] & 0xFF)) & 0xFF;
        }
        return sum;
    }

    private static String clean(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c > 0x7E) {
                sb.append('_');
            } else if (INVALID.indexOf(c) >= 0) {
                if (c != ' ' && c != '.') {
                    sb.append('_');
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String pad(String s, int n) {
        StringBuilder sb = new StringBuilder(s);
        while (sb.length() < n) {
            sb.append(' ');
        }
        return sb.toString();
    }
}
