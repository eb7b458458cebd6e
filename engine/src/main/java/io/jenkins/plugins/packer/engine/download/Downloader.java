package io.jenkins.plugins.packer.engine.download;

import io.jenkins.plugins.packer.engine.cancel.CancelToken;
import io.jenkins.plugins.packer.engine.cancel.Registration;
import io.jenkins.plugins.packer.engine.log.DebugLog;
import io.jenkins.plugins.packer.engine.ui.Progress;
import io.jenkins.plugins.packer.engine.ui.Ui;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Packer's {@code StepDownload} for ISOs and disk images: tries each URL in turn; local paths and
 * {@code file://} URLs are used in place (only verified); {@code http(s)} downloads go to the cache (or
 * {@code iso_target_path}) under a lock, are reused when the cached file already has the expected checksum,
 * and are verified before use. A checksum mismatch is an error before anything else happens.
 */
public final class Downloader {

    /**
     * What to fetch.
     *
     * @param description what the user reads: "ISO"
     * @param urls {@code iso_urls} (or the single {@code iso_url})
     * @param checksum {@code iso_checksum} text
     * @param targetPath {@code iso_target_path}, or null for the cache
     * @param extension {@code iso_target_extension} ({@code iso})
     */
    public record Request(String description, List<String> urls, String checksum, String targetPath,
                          String extension) {
        public Request {
            urls = List.copyOf(urls);
        }
    }

    private final Path workingDir;
    private final Path cacheDir;
    private HttpClient http;

    public Downloader(Path workingDir, Path cacheDir) {
        this.workingDir = workingDir;
        this.cacheDir = cacheDir;
    }

    /** Fetches and verifies; returns the local path of the file. */
    public Path fetch(Request req, Ui ui, CancelToken cancel, DebugLog log) throws IOException, InterruptedException {
        ChecksumSpec spec;
        try {
            spec = ChecksumSpec.parse(req.checksum());
        } catch (IllegalArgumentException e) {
            throw new DownloadException(e.getMessage());
        }
        ui.say("Retrieving " + req.description());
        List<String> errors = new ArrayList<>();
        for (String url : req.urls()) {
            cancel.throwIfCancelled();
            ui.say("Trying " + url);
            try {
                return fetchOne(url, spec, req, ui, cancel, log);
            } catch (DownloadException e) {
                errors.add(e.getMessage());
            }
        }
        throw new DownloadException("error downloading " + req.description() + ": [" + String.join(" ", errors) + "]");
    }

    private Path fetchOne(String url, ChecksumSpec spec, Request req, Ui ui, CancelToken cancel, DebugLog log)
            throws IOException, InterruptedException {
        URI uri = parse(url);
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String fileName = fileName(url, uri);
        Checksum expected = expected(spec, fileName, cancel);
        String shown = expected == null ? url : url + "?checksum=" + URLEncoder.encode(expected.toString(),
                StandardCharsets.UTF_8);
        if (scheme.equals("http") || scheme.equals("https")) {
            Path target = target(req, shown);
            Path result = download(uri, target, expected, ui, cancel, log);
            ui.say(shown + " => " + result);
            return result;
        }
        if (!scheme.isEmpty() && !scheme.equals("file") && !(scheme.length() == 1)) {
            throw new DownloadException("download not supported for scheme '" + scheme + "'");
        }
        Path local = scheme.equals("file") ? Path.of(uri.getPath()) : workingDir.resolve(url);
        if (!Files.isRegularFile(local)) {
            throw new DownloadException("source path error: stat " + local + ": no such file or directory");
        }
        if (expected != null) {
            verify(local, expected, ui, cancel);
        }
        ui.say(shown + " => " + local);
        return local;
    }

    private Path target(Request req, String shownUrl) throws IOException {
        String name = CachePaths.cacheName(req.checksum(), shownUrl, req.extension());
        if (req.targetPath() == null || req.targetPath().isEmpty()) {
            Files.createDirectories(cacheDir);
            return cacheDir.resolve(name);
        }
        Path t = workingDir.resolve(req.targetPath());
        String last = t.getFileName() == null ? "" : t.getFileName().toString();
        if (!last.contains(".") || req.targetPath().endsWith("/")) {
            // a directory: the file goes in it under its cache name (Packer appends ".iso" without extension)
            Files.createDirectories(t);
            return t.resolve(req.extension() == null || req.extension().isEmpty()
                    ? CachePaths.cacheName(req.checksum(), shownUrl, "iso") : name);
        }
        if (t.getParent() != null) {
            Files.createDirectories(t.getParent());
        }
        return t;
    }

    private Path download(URI uri, Path target, Checksum expected, Ui ui, CancelToken cancel, DebugLog log)
            throws IOException, InterruptedException {
        try (FileLocks.Held lock = FileLocks.lock(Path.of(target + ".lock"))) {
            if (expected != null && Files.isRegularFile(target)) {
                byte[] actual = digest(target, expected.type(), null, cancel);
                if (expected.matches(actual)) {
                    log.log("download: " + target + " exists and its checksum matches; not downloading");
                    return target;
                }
            }
            Path part = Path.of(target + ".part");
            HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofMinutes(30)).build();
            HttpResponse<InputStream> response;
            try {
                response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw new DownloadException("GET " + uri + ": " + e.getMessage(), e);
            }
            MessageDigest md = expected == null ? null : expected.type().newDigest();
            try (InputStream body = response.body(); Registration r = cancel.closeOnCancel(body)) {
                if (response.statusCode() / 100 != 2) {
                    throw new DownloadException("bad response code: " + response.statusCode());
                }
                long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                try (Progress progress = ui.progress(target.getFileName().toString(), total);
                     OutputStream out = Files.newOutputStream(part)) {
                    byte[] buf = new byte[256 * 1024];
                    int n;
                    while ((n = body.read(buf)) >= 0) {
                        out.write(buf, 0, n);
                        if (md != null) {
                            md.update(buf, 0, n);
                        }
                        progress.advance(n);
                    }
                }
            } catch (IOException e) {
                Files.deleteIfExists(part);
                cancel.throwIfCancelled();
                throw e instanceof DownloadException d ? d : new DownloadException("GET " + uri + ": " + e.getMessage(), e);
            }
            if (md != null) {
                byte[] actual = md.digest();
                if (!expected.matches(actual)) {
                    ui.say("Checksum did not match, removing " + target);
                    Files.deleteIfExists(part);
                    throw new ChecksumMismatchException(target.toString(), expected, actual);
                }
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        }
    }

    private void verify(Path file, Checksum expected, Ui ui, CancelToken cancel) throws IOException {
        long size = Files.size(file);
        Progress progress = size > 256L * 1024 * 1024 ? ui.progress("checksum " + file.getFileName(), size) : Progress.NONE;
        byte[] actual;
        try (progress) {
            actual = digest(file, expected.type(), progress, cancel);
        }
        if (!expected.matches(actual)) {
            throw new ChecksumMismatchException(file.toString(), expected, actual);
        }
    }

    static byte[] digest(Path file, ChecksumType type, Progress progress, CancelToken cancel) throws IOException {
        MessageDigest md = type.newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 20];
            int n;
            while ((n = in.read(buf)) >= 0) {
                md.update(buf, 0, n);
                if (progress != null) {
                    progress.advance(n);
                }
                cancel.throwIfCancelled();
            }
        } catch (NoSuchFileException e) {
            throw new DownloadException("source path error: stat " + file + ": no such file or directory");
        }
        return md.digest();
    }

    private Checksum expected(ChecksumSpec spec, String fileName, CancelToken cancel)
            throws IOException, InterruptedException {
        if (spec instanceof ChecksumSpec.Value v) {
            return v.checksum();
        }
        if (spec instanceof ChecksumSpec.FromFile f) {
            String text = readText(f.location(), cancel);
            return ChecksumFile.find(text, fileName).orElseThrow(() -> new DownloadException(
                    "Error parsing checksum file: no checksum for " + fileName + " found in " + f.location()));
        }
        return null;
    }

    private String readText(String location, CancelToken cancel) throws IOException, InterruptedException {
        URI uri = parse(location);
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") || scheme.equals("https")) {
            HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofMinutes(5)).build();
            HttpResponse<String> response;
            try {
                response = client().send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new DownloadException("Error downloading checksum file " + location + ": " + e.getMessage(), e);
            }
            if (response.statusCode() / 100 != 2) {
                throw new DownloadException("Error downloading checksum file " + location + ": bad response code: "
                        + response.statusCode());
            }
            return response.body();
        }
        Path p = scheme.equals("file") ? Path.of(uri.getPath()) : workingDir.resolve(location);
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DownloadException("Error reading checksum file: open " + p + ": no such file or directory");
        }
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String fileName(String url, URI uri) {
        String path = uri != null && uri.getPath() != null ? uri.getPath() : url;
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(30)).build();
        }
        return http;
    }
}
