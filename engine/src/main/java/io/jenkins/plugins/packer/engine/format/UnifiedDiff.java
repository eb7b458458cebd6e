package io.jenkins.plugins.packer.engine.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff with three lines of context, in the layout of GNU {@code diff -u --label=old/P --label=new/P}
 * (which {@code packer fmt -diff} runs): {@code ---}/{@code +++} headers, {@code @@ -l,n +l,n @@} hunks, the
 * removed lines of a change before the added ones, and {@code \ No newline at end of file} after a last line
 * without one. Lines are compared as bytes; the edit script is a shortest one (Myers' algorithm).
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** The diff from {@code a} to {@code b}, empty when they are equal. */
    public static byte[] diff(byte[] a, byte[] b, String oldLabel, String newLabel) {
        List<byte[]> x = lines(a);
        List<byte[]> y = lines(b);
        boolean[][] changed = Myers.changes(x, y);
        boolean[] delX = changed[0];
        boolean[] insY = changed[1];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<int[]> hunks = hunks(delX, insY, x.size(), y.size());
        if (hunks.isEmpty()) {
            return new byte[0];
        }
        write(out, "--- " + oldLabel + "\n+++ " + newLabel + "\n");
        for (int[] h : hunks) {
            writeHunk(out, x, y, delX, insY, h);
        }
        return out.toByteArray();
    }

    /** Splits after each newline; a last line without one is kept as it is. */
    static List<byte[]> lines(byte[] s) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == '\n') {
                out.add(Arrays.copyOfRange(s, start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length) {
            out.add(Arrays.copyOfRange(s, start, s.length));
        }
        return out;
    }

    /**
     * Groups changes into hunks {@code [xStart, xEnd, yStart, yEnd]} (half-open, context included): two changes
     * closer than twice the context share a hunk.
     */
    private static List<int[]> hunks(boolean[] delX, boolean[] insY, int n, int m) {
        // walk both files in step to pair each position of x with one of y
        List<int[]> changes = new ArrayList<>(); // [xStart, xEnd, yStart, yEnd] of each change run
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && !delX[i] && !insY[j]) {
                i++;
                j++;
                continue;
            }
            int xs = i;
            int ys = j;
            while (i < n && delX[i]) {
                i++;
            }
            while (j < m && insY[j]) {
                j++;
            }
            changes.add(new int[] {xs, i, ys, j});
        }
        List<int[]> hunks = new ArrayList<>();
        int[] cur = null;
        for (int[] c : changes) {
            int xs = Math.max(0, c[0] - CONTEXT);
            int ys = Math.max(0, c[2] - CONTEXT);
            if (cur != null && c[0] - cur[1] <= 2 * CONTEXT) {
                cur[1] = c[1];
                cur[3] = c[3];
            } else {
                if (cur != null) {
                    hunks.add(close(cur, n, m));
                }
                cur = new int[] {xs, c[1], ys, c[3]};
            }
        }
        if (cur != null) {
            hunks.add(close(cur, n, m));
        }
        return hunks;
    }

    private static int[] close(int[] h, int n, int m) {
        return new int[] {h[0], Math.min(n, h[1] + CONTEXT), h[2], Math.min(m, h[3] + CONTEXT)};
    }

    private static void writeHunk(ByteArrayOutputStream out, List<byte[]> x, List<byte[]> y, boolean[] delX,
            boolean[] insY, int[] h) {
        write(out, "@@ -" + range(h[0], h[1] - h[0]) + " +" + range(h[2], h[3] - h[2]) + " @@\n");
        int i = h[0];
        int j = h[2];
        while (i < h[1] || j < h[3]) {
            if (i < h[1] && j < h[3] && !delX[i] && !insY[j]) {
                line(out, ' ', x.get(i));
                i++;
                j++;
                continue;
            }
            while (i < h[1] && delX[i]) {
                line(out, '-', x.get(i++));
            }
            while (j < h[3] && insY[j]) {
                line(out, '+', y.get(j++));
            }
        }
    }

    /** GNU's range: {@code start,count}, or just {@code start} for one line, or {@code before,0} for none. */
    private static String range(int start, int count) {
        if (count == 0) {
            return start + ",0";
        }
        return count == 1 ? String.valueOf(start + 1) : (start + 1) + "," + count;
    }

    private static void line(ByteArrayOutputStream out, char mark, byte[] text) {
        out.write(mark);
        out.write(text, 0, text.length);
        if (text.length == 0 || text[text.length - 1] != '\n') {
            write(out, "\n\\ No newline at end of file\n");
        }
    }

    private static void write(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
    }
}
