package io.jenkins.plugins.packer.engine.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a 1.44 MB FAT12 floppy image from a directory tree (Packer's {@code StepCreateFloppy} with go-fs):
 * 512-byte sectors, one sector per cluster, two FATs, 224 root entries, media 0xF0, a volume label, and VFAT
 * long file names (so {@code Autounattend.xml} keeps its name) next to generated 8.3 names. Symbolic links are
 * followed. Fails with "the floppy is full" when the tree does not fit.
 */
public final class FloppyImageWriter {

    static final int SECTOR = 512;
    static final int TOTAL_SECTORS = 2880;
    static final int FAT_SECTORS = 9;
    static final int ROOT_ENTRIES = 224;
    static final int ROOT_START = 1 + 2 * FAT_SECTORS;
    static final int DATA_START = ROOT_START + ROOT_ENTRIES * 32 / SECTOR;
    static final int MAX_CLUSTER = TOTAL_SECTORS - DATA_START + 1;

    private final byte[] image = new byte[TOTAL_SECTORS * SECTOR];
    private final int[] fat = new int[MAX_CLUSTER + 1];
    private int nextCluster = 2;

    private FloppyImageWriter() {
    }

    /** Writes the contents of {@code root} to {@code output} with volume label {@code label}. */
    public static void write(Path root, String label, Path output) throws IOException {
        FloppyImageWriter w = new FloppyImageWriter();
        w.bootSector(label);
        List<byte[]> rootEntries = new ArrayList<>();
        rootEntries.add(entry(shortLabel(label), 0x08, 0, 0));
        rootEntries.addAll(w.directoryEntries(root, 0));
        if (rootEntries.size() > ROOT_ENTRIES) {
            throw new IOException("the floppy's root directory is full (" + ROOT_ENTRIES + " entries)");
        }
        for (int i = 0; i < rootEntries.size(); i++) {
            System.arraycopy(rootEntries.get(i), 0, w.image, ROOT_START * SECTOR + i * 32, 32);
        }
        w.writeFats();
        Files.write(output, w.image);
    }

    private void bootSector(String label) {
        ByteBuffer b = ByteBuffer.wrap(image, 0, SECTOR).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0xEB, 0x3C, (byte) 0x90});
        b.put("packer  ".getBytes(StandardCharsets.US_ASCII));
        b.putShort((short) SECTOR).put((byte) 1).putShort((short) 1).put((byte) 2).putShort((short) ROOT_ENTRIES)
                .putShort((short) TOTAL_SECTORS).put((byte) 0xF0).putShort((short) FAT_SECTORS)
                .putShort((short) 18).putShort((short) 2).putInt(0).putInt(0);
        b.put((byte) 0).put((byte) 0).put((byte) 0x29).putInt((int) (System.nanoTime() & 0x7FFFFFFF));
        b.put(pad(shortLabel(label), 11));
        b.put("FAT12   ".getBytes(StandardCharsets.US_ASCII));
        image[510] = 0x55;
        image[511] = (byte) 0xAA;
    }

    /** Entries of {@code dir}'s children; their data and subdirectories are written on the way. */
    private List<byte[]> directoryEntries(Path dir, int selfCluster) throws IOException {
        List<Path> children = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.sorted().forEach(children::add);
        }
        List<byte[]> entries = new ArrayList<>();
        Set<String> shortNames = new HashSet<>();
        for (Path child : children) {
            String name = child.getFileName().toString();
            String shortName = ShortNames.generate(name, shortNames);
            shortNames.add(shortName);
            boolean isDir = Files.isDirectory(child);
            int cluster;
            int size;
            if (isDir) {
                cluster = writeDirectory(child, selfCluster);
                size = 0;
            } else {
                long len = Files.size(child);
                if (len > image.length) {
                    throw new IOException("the floppy is full: " + child + " does not fit");
                }
                size = (int) len;
                try (InputStream in = Files.newInputStream(child)) {
                    cluster = writeData(in.readAllBytes());
                }
            }
            if (!ShortNames.isExact(name, shortName)) {
                entries.addAll(ShortNames.longNameEntries(name, shortName));
            }
            entries.add(entry(shortName, isDir ? 0x10 : 0x20, cluster, size));
        }
        return entries;
    }

    /**
     * Writes a subdirectory: its own clusters first (sized for "." , ".." and its entries), then its children,
     * then the entries into the reserved clusters.
     */
    private int writeDirectory(Path dir, int parentCluster) throws IOException {
        int count = 2 + countEntries(dir);
        int clusters = (count * 32 + SECTOR - 1) / SECTOR;
        if (nextCluster + clusters - 1 > MAX_CLUSTER) {
            throw new IOException("the floppy is full");
        }
        int self = nextCluster;
        nextCluster += clusters;
        List<byte[]> all = new ArrayList<>();
        all.add(entry(".", 0x10, self, 0));
        all.add(entry("..", 0x10, parentCluster, 0));
        all.addAll(directoryEntries(dir, self));
        byte[] data = new byte[clusters * SECTOR];
        for (int i = 0; i < all.size(); i++) {
            System.arraycopy(all.get(i), 0, data, i * 32, 32);
        }
        return writeDataAt(self, data);
    }

    private int countEntries(Path dir) throws IOException {
        int n = 0;
        Set<String> shortNames = new HashSet<>();
        try (var s = Files.list(dir)) {
            for (Path child : (Iterable<Path>) s.sorted()::iterator) {
                String name = child.getFileName().toString();
                String shortName = ShortNames.generate(name, shortNames);
                shortNames.add(shortName);
                n += 1 + (ShortNames.isExact(name, shortName) ? 0 : ShortNames.longNameEntryCount(name));
            }
        }
        return n;
    }

    private int writeDataAt(int start, byte[] data) throws IOException {
        int clusters = Math.max(1, (data.length + SECTOR - 1) / SECTOR);
        for (int i = 0; i < clusters; i++) {
            int cl = start + i;
            fat[cl] = i == clusters - 1 ? 0xFFF : cl + 1;
            int len = Math.min(SECTOR, data.length - i * SECTOR);
            if (len > 0) {
                System.arraycopy(data, i * SECTOR, image, (DATA_START + cl - 2) * SECTOR, len);
            }
        }
        return start;
    }

    /** Writes file data to fresh clusters; an empty file has no cluster (0). */
    private int writeData(byte[] data) throws IOException {
        if (data.length == 0) {
            return 0;
        }
        int clusters = (data.length + SECTOR - 1) / SECTOR;
        if (nextCluster + clusters - 1 > MAX_CLUSTER) {
            throw new IOException("the floppy is full");
        }
        int start = nextCluster;
        nextCluster += clusters;
        return writeDataAt(start, data);
    }

    private void writeFats() {
        fat[0] = 0xFF0;
        fat[1] = 0xFFF;
        byte[] table = new byte[FAT_SECTORS * SECTOR];
        for (int n = 0; n <= MAX_CLUSTER; n++) {
            int off = n * 3 / 2;
            int v = fat[n] & 0xFFF;
            if ((n & 1) == 0) {
                table[off] = (byte) v;
                table[off + 1] = (byte) ((table[off + 1] & 0xF0) | (v >> 8));
            } else {
                table[off] = (byte) ((table[off] & 0x0F) | ((v & 0x0F) << 4));
                table[off + 1] = (byte) (v >> 4);
            }
        }
        System.arraycopy(table, 0, image, SECTOR, table.length);
        System.arraycopy(table, 0, image, SECTOR + table.length, table.length);
    }

    static byte[] entry(String shortName11, int attr, int cluster, int size) {
        ByteBuffer b = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        b.put(pad(shortName11, 11)).put((byte) attr).put((byte) 0).put((byte) 0);
        short time = (short) (12 << 11);
        short date = (short) (((2020 - 1980) << 9) | (1 << 5) | 1);
        b.putShort(time).putShort(date).putShort(date).putShort((short) 0).putShort(time).putShort(date)
                .putShort((short) cluster).putInt(size);
        return b.array();
    }

    static String shortLabel(String label) {
        String l = label == null || label.isEmpty() ? "packer" : label;
        l = l.toUpperCase(Locale.ROOT);
        return l.length() > 11 ? l.substring(0, 11) : l;
    }

    static byte[] pad(String s, int n) {
        byte[] out = new byte[n];
        java.util.Arrays.fill(out, (byte) ' ');
        byte[] in = s.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(in, 0, out, 0, Math.min(n, in.length));
        return out;
    }
}
