package io.jenkins.plugins.packer.engine.media;

import com.github.stephenc.javaisotools.iso9660.ConfigException;
import com.github.stephenc.javaisotools.iso9660.ISO9660RootDirectory;
import com.github.stephenc.javaisotools.iso9660.impl.CreateISO;
import com.github.stephenc.javaisotools.iso9660.impl.ISO9660Config;
import com.github.stephenc.javaisotools.iso9660.impl.ISOImageFileHandler;
import com.github.stephenc.javaisotools.joliet.impl.JolietConfig;
import com.github.stephenc.javaisotools.rockridge.impl.RockRidgeConfig;
import com.github.stephenc.javaisotools.sabre.HandlerException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an ISO 9660 image with Rock Ridge and Joliet extensions from a directory tree (what Packer runs
 * {@code xorriso -as genisoimage -rock -joliet -volid LABEL} for), in process with java-iso-tools: Linux sees
 * the original names and modes through Rock Ridge, Windows through Joliet; the volume label is what cloud-init's
 * {@code cidata} or a Windows answer-file search looks for.
 */
public final class CdImageWriter {

    private CdImageWriter() {
    }

    /**
     * Writes the contents of {@code root} (files and subdirectories, symbolic links followed) to {@code output}.
     *
     * @param label the volume identifier ({@code cd_label}); ISO 9660 allows 32 characters
     */
    public static void write(Path root, String label, Path output) throws IOException {
        ISO9660RootDirectory.MOVED_DIRECTORIES_STORE_NAME = "rr_moved";
        ISO9660RootDirectory iso = new ISO9660RootDirectory();
        try {
            iso.addContentsRecursively(root.toFile());
            Files.deleteIfExists(output);
            CreateISO create = new CreateISO(new ISOImageFileHandler(output.toFile()), iso);
            ISO9660Config config = new ISO9660Config();
            config.allowASCII(false);
            config.setInterchangeLevel(2);
            config.restrictDirDepthTo8(true);
            config.forceDotDelimiter(true);
            String volume = volumeId(label);
            config.setVolumeID(volume);
            config.setPublisher("PACKER");
            config.setDataPreparer("PACKER");
            RockRidgeConfig rr = new RockRidgeConfig();
            rr.setMkisofsCompatibility(false);
            rr.hideMovedDirectoriesStore(true);
            rr.forcePortableFilenameCharacterSet(false);
            JolietConfig joliet = new JolietConfig();
            joliet.setVolumeID(label.length() > 16 ? label.substring(0, 16) : label);
            joliet.forceDotDelimiter(true);
            create.process(config, rr, joliet, null);
        } catch (HandlerException | ConfigException e) {
            Files.deleteIfExists(output);
            throw new IOException("creating the CD image: " + e.getMessage(), e);
        }
    }

    /** The primary volume identifier: the label as given (xorriso keeps its case), at most 32 characters. */
    static String volumeId(String label) {
        return label.length() > 32 ? label.substring(0, 32) : label;
    }
}
