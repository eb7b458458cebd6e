package io.jenkins.plugins.packer.engine.download;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a file's checksum in the text of a checksum file as go-getter does: GNU coreutils lines
 * ({@code HASH  name}, {@code HASH *name} for binary mode) and BSD lines ({@code SHA256 (name) = HASH}); a name
 * matches with or without a leading {@code ./} or {@code *}. The type comes from the BSD tag or, for GNU lines,
 * from the hash length.
 */
public final class ChecksumFile {

    private static final Pattern BSD = Pattern.compile("^([A-Za-z0-9-]+) ?\\((.+)\\) ?= ?([0-9a-fA-F]+)$");

    private ChecksumFile() {
    }

    /** The checksum of {@code fileName} (a base name) in {@code text}, if listed. */
    public static Optional<Checksum> find(String text, String fileName) {
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher bsd = BSD.matcher(line);
            if (bsd.matches()) {
                Optional<ChecksumType> t = ChecksumType.named(bsd.group(1).toLowerCase(Locale.ROOT));
                if (t.isPresent() && sameName(bsd.group(2), fileName) && bsd.group(3).length() == t.get().hexLength()) {
                    return Optional.of(new Checksum(t.get(), bsd.group(3)));
                }
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]+")) {
                continue;
            }
            Optional<ChecksumType> t = ChecksumType.ofHexLength(parts[0].length());
            if (t.isPresent() && sameName(parts[1], fileName)) {
                return Optional.of(new Checksum(t.get(), parts[0]));
            }
        }
        return Optional.empty();
    }

    private static boolean sameName(String listed, String fileName) {
        String n = listed.strip();
        if (n.startsWith("*")) {
            n = n.substring(1);
        }
        if (n.startsWith("./")) {
            n = n.substring(2);
        }
        return n.equals(fileName);
    }
}
