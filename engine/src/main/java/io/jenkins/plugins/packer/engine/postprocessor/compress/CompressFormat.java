package io.jenkins.plugins.packer.engine.postprocessor.compress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive and compression {@code compress} uses, detected from the output name as Packer's
 * {@code detectFromFilename}: the last two {@code .ext} groups decide; {@code tar}/{@code zip} last means an
 * archive only; {@code tar} before a compression means tar then that compression; an unknown or missing
 * extension means tar + gzip.
 *
 * @param archive {@code tar}, {@code zip} or null (compress the single input file)
 * @param algorithm {@code gzip}, {@code bgzf}, {@code lz4}, {@code xz} or null (no compression)
 */
record CompressFormat(String archive, String algorithm) {

    private static final Pattern EXTENSION = Pattern.compile("\\.([a-z0-9]+)");
    private static final Map<String, String> ALGORITHMS = Map.of("gz", "gzip", "lz4", "lz4", "bgzf", "bgzf",
            "xz", "xz");

    static CompressFormat detect(String output, String format) {
        String name = format == null || format.isEmpty() ? output : output + "." + format;
        List<String> exts = new ArrayList<>();
        Matcher m = EXTENSION.matcher(name);
        while (m.find()) {
            exts.add(m.group(1));
        }
        if (exts.isEmpty()) {
            return new CompressFormat("tar", "gzip");
        }
        String last = exts.get(exts.size() - 1);
        String nextToLast = exts.size() > 1 ? exts.get(exts.size() - 2) : "";
        String archive = nextToLast.equals("tar") ? "tar" : null;
        if (last.equals("zip") || last.equals("tar")) {
            return new CompressFormat(last, null);
        }
        String algorithm = ALGORITHMS.get(last);
        if (algorithm != null) {
            return new CompressFormat(archive, algorithm);
        }
        return new CompressFormat("tar", "gzip");
    }

    /** How Packer's messages name the compression. */
    String compressionLabel() {
        if (algorithm == null) {
            return "no compression";
        }
        return algorithm.equals("gzip") ? "pgzip" : algorithm;
    }
}
