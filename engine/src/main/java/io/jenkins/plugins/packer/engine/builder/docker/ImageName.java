package io.jenkins.plugins.packer.engine.builder.docker;

/**
 * An image reference split as the Engine API wants it: {@code registry:5000/repo/name:tag} or
 * {@code repo@sha256:...}. The tag is what follows the last {@code :} after the last {@code /}.
 *
 * @param repository everything before the tag or digest, e.g. {@code localhost:5000/feas/built}
 * @param tag the tag, or null
 * @param digest the digest ({@code sha256:...}), or null
 */
public record ImageName(String repository, String tag, String digest) {

    public static ImageName parse(String ref) {
        String r = ref.strip();
        int at = r.indexOf('@');
        if (at >= 0) {
            return new ImageName(r.substring(0, at), null, r.substring(at + 1));
        }
        int slash = r.lastIndexOf('/');
        int colon = r.lastIndexOf(':');
        if (colon > slash) {
            return new ImageName(r.substring(0, colon), r.substring(colon + 1), null);
        }
        return new ImageName(r, null, null);
    }

    /** The tag, {@code latest} when none was given. */
    public String tagOrLatest() {
        return tag == null || tag.isEmpty() ? "latest" : tag;
    }

    @Override
    public String toString() {
        return digest != null ? repository + "@" + digest : tag != null ? repository + ":" + tag : repository;
    }
}
