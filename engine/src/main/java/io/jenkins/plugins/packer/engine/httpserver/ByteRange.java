package io.jenkins.plugins.packer.engine.httpserver;

/**
 * One satisfiable byte range of a {@code Range: bytes=...} request header, resolved against the content
 * length: {@code bytes=0-99}, {@code bytes=100-} (to the end) and {@code bytes=-100} (the last 100 bytes).
 *
 * @param start first byte, inclusive
 * @param length number of bytes
 */
public record ByteRange(long start, long length) {

    /** What a Range header asks for. */
    public enum Kind { NONE, SINGLE, MULTIPLE, UNSATISFIABLE, INVALID }

    /** The parse result: the kind and, for {@link Kind#SINGLE}, the range. */
    public record Parsed(Kind kind, ByteRange range) {
    }

    /**
     * Parses {@code header} (null when absent) for content of {@code size} bytes, as Go's {@code parseRange}:
     * ranges starting beyond the end are dropped and, if none is left, the request is unsatisfiable.
     */
    public static Parsed parse(String header, long size) {
        if (header == null || header.isEmpty()) {
            return new Parsed(Kind.NONE, null);
        }
        if (!header.startsWith("bytes=")) {
            return new Parsed(Kind.INVALID, null);
        }
        String[] specs = header.substring(6).split(",");
        ByteRange first = null;
        int count = 0;
        boolean anyNonOverlap = false;
        for (String raw : specs) {
            String spec = raw.strip();
            if (spec.isEmpty()) {
                continue;
            }
            int dash = spec.indexOf('-');
            if (dash < 0) {
                return new Parsed(Kind.INVALID, null);
            }
            String a = spec.substring(0, dash).strip();
            String b = spec.substring(dash + 1).strip();
            ByteRange r;
            try {
                if (a.isEmpty()) {
                    if (b.isEmpty() || b.startsWith("-")) {
                        return new Parsed(Kind.INVALID, null);
                    }
                    long n = Long.parseLong(b);
                    if (n > size) {
                        n = size;
                    }
                    r = new ByteRange(size - n, n);
                } else {
                    long start = Long.parseLong(a);
                    if (start < 0) {
                        return new Parsed(Kind.INVALID, null);
                    }
                    if (start >= size) {
                        anyNonOverlap = true;
                        continue;
                    }
                    long end = size - 1;
                    if (!b.isEmpty()) {
                        end = Long.parseLong(b);
                        if (end < start) {
                            return new Parsed(Kind.INVALID, null);
                        }
                        end = Math.min(end, size - 1);
                    }
                    r = new ByteRange(start, end - start + 1);
                }
            } catch (NumberFormatException e) {
                return new Parsed(Kind.INVALID, null);
            }
            if (first == null) {
                first = r;
            }
            count++;
        }
        if (count == 0) {
            return new Parsed(anyNonOverlap || size == 0 ? Kind.UNSATISFIABLE : Kind.INVALID, null);
        }
        return count == 1 ? new Parsed(Kind.SINGLE, first) : new Parsed(Kind.MULTIPLE, first);
    }

    /** The {@code Content-Range} value for this range of {@code size} bytes. */
    public String contentRange(long size) {
        return "bytes " + start + "-" + (start + length - 1) + "/" + size;
    }
}
