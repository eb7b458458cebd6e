package io.jenkins.plugins.packer.binding;

import java.util.Arrays;

/**
 * A credential that becomes a file (secret file, SSH private key): written with owner-only permissions into the
 * build's temporary directory; the variable named {@link #name()} receives the file's path.
 *
 * @param name the template or environment variable that receives the path
 * @param target where that variable goes
 * @param suffix file name suffix, e.g. {@code .key} (no path separators)
 * @param content the secret bytes
 */
public record SecretFile(String name, BindingTarget target, String suffix, byte[] content) {

    public SecretFile {
        content = content.clone();
        if (suffix.contains("/") || suffix.contains("\\")) {
            throw new IllegalArgumentException("file suffix must not contain a path separator");
        }
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretFile f && f.name.equals(name) && f.target == target && f.suffix.equals(suffix)
                && Arrays.equals(f.content, content);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(content);
    }

    /** Never shows the content. */
    @Override
    public String toString() {
        return "SecretFile[" + name + " -> " + target.spelling() + ", " + content.length + " bytes]";
    }
}
