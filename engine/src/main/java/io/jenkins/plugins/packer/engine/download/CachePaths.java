package io.jenkins.plugins.packer.engine.download;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Where Packer keeps downloads: {@code PACKER_CACHE_DIR} (relative to the working directory when relative), else
 * {@code ./packer_cache}; a download is stored as {@code sha1(checksum)} (or {@code sha1(url)} without one) plus
 * the extension, so the same ISO is downloaded once for every template that names its checksum.
 */
public final class CachePaths {

    /** Packer's environment variable for the cache directory. */
    public static final String CACHE_DIR_ENV = "PACKER_CACHE_DIR";

    private CachePaths() {
    }

    public static Path cacheDir(Map<String, String> env, Path workingDir) {
        String dir = env.getOrDefault(CACHE_DIR_ENV, "");
        return workingDir.resolve(dir.isEmpty() ? "packer_cache" : dir).normalize();
    }

    /**
     * The cache file for {@code url}: Packer's {@code UseSourceToFindCacheTarget}.
     *
     * @param checksumText the template's {@code iso_checksum} text ({@code none} or empty: the URL is hashed)
     * @param urlWithChecksum the URL as go-getter sees it ({@code ...?checksum=...}), hashed when there is no
     *     checksum
     */
    public static String cacheName(String checksumText, String urlWithChecksum, String extension) {
        String key = checksumText != null && !checksumText.isEmpty() && !checksumText.equals("none")
                ? checksumText : urlWithChecksum;
        String name = sha1Hex(key);
        return extension == null || extension.isEmpty() ? name : name + "." + extension;
    }

    static String sha1Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
