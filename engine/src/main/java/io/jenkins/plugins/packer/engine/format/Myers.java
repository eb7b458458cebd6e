package io.jenkins.plugins.packer.engine.format;

import java.util.Arrays;
import java.util.List;

/**
 * Shortest edit script between two lists of lines by Myers' linear-space refinement (the "middle snake"
 * divide and conquer of section 4.2 of his paper, as GNU diff runs it): which lines of the old list are
 * deleted and which lines of the new list are inserted; every other line is kept, in order. Where several
 * scripts are equally short, the choices follow GNU diff's, so the hunks read the same.
 */
final class Myers {

    private final List<byte[]> a;
    private final List<byte[]> b;
    private final boolean[] del;
    private final boolean[] ins;
    /** Furthest x reached on each diagonal (index {@code k + offset}), forward and backward. */
    private final int[] fd;
    private final int[] bd;
    private final int offset;

    private Myers(List<byte[]> a, List<byte[]> b) {
        this.a = a;
        this.b = b;
        this.del = new boolean[a.size()];
        this.ins = new boolean[b.size()];
        int size = a.size() + b.size() + 3;
        this.fd = new int[size];
        this.bd = new int[size];
        this.offset = b.size() + 1;
    }

    /** {@code [deleted, inserted]}: a flag per line of {@code a}, and per line of {@code b}. */
    static boolean[][] changes(List<byte[]> a, List<byte[]> b) {
        Myers m = new Myers(a, b);
        m.compare(0, a.size(), 0, b.size());
        return new boolean[][] {m.del, m.ins};
    }

    private boolean same(int x, int y) {
        return Arrays.equals(a.get(x), b.get(y));
    }

    private void compare(int xoff, int xlim, int yoff, int ylim) {
        // the recursion depth is logarithmic in the edit distance in practice; loop on the upper half
        while (true) {
            while (xoff < xlim && yoff < ylim && same(xoff, yoff)) {
                xoff++;
                yoff++;
            }
            while (xoff < xlim && yoff < ylim && same(xlim - 1, ylim - 1)) {
                xlim--;
                ylim--;
            }
            if (xoff == xlim) {
                for (int y = yoff; y < ylim; y++) {
                    ins[y] = true;
                }
                return;
            }
            if (yoff == ylim) {
                for (int x = xoff; x < xlim; x++) {
                    del[x] = true;
                }
                return;
            }
            int[] mid = middleSnake(xoff, xlim, yoff, ylim);
            compare(xoff, mid[0], yoff, mid[1]);
            xoff = mid[0];
            yoff = mid[1];
        }
    }

    /**
     * A point {@code (x, y)} on a shortest edit path from {@code (xoff, yoff)} to {@code (xlim, ylim)}, found by
     * searching forward from the start and backward from the end, one edit at a time, until the searches meet.
     */
    private int[] middleSnake(int xoff, int xlim, int yoff, int ylim) {
        int dmin = xoff - ylim;
        int dmax = xlim - yoff;
        int fmid = xoff - yoff;
        int bmid = xlim - ylim;
        int fmin = fmid;
        int fmax = fmid;
        int bmin = bmid;
        int bmax = bmid;
        boolean odd = ((fmid - bmid) & 1) != 0;
        fd[fmid + offset] = xoff;
        bd[bmid + offset] = xlim;
        while (true) {
            if (fmin > dmin) {
                fd[--fmin - 1 + offset] = -1;
            } else {
                fmin++;
            }
            if (fmax < dmax) {
                fd[++fmax + 1 + offset] = -1;
            } else {
                fmax--;
            }
            for (int d = fmax; d >= fmin; d -= 2) {
                int lo = fd[d - 1 + offset];
                int hi = fd[d + 1 + offset];
                int x = lo < hi ? hi : lo + 1;
                int y = x - d;
                while (x < xlim && y < ylim && same(x, y)) {
                    x++;
                    y++;
                }
                fd[d + offset] = x;
                if (odd && bmin <= d && d <= bmax && bd[d + offset] <= x) {
                    return new int[] {x, y};
                }
            }
            if (bmin > dmin) {
                bd[--bmin - 1 + offset] = Integer.MAX_VALUE;
            } else {
                bmin++;
            }
            if (bmax < dmax) {
                bd[++bmax + 1 + offset] = Integer.MAX_VALUE;
            } else {
                bmax--;
            }
            for (int d = bmax; d >= bmin; d -= 2) {
                int lo = bd[d - 1 + offset];
                int hi = bd[d + 1 + offset];
                int x = lo < hi ? lo : hi - 1;
                int y = x - d;
                while (xoff < x && yoff < y && same(x - 1, y - 1)) {
                    x--;
                    y--;
                }
                bd[d + offset] = x;
                if (!odd && fmin <= d && d <= fmax && x <= fd[d + offset]) {
                    return new int[] {x, y};
                }
            }
        }
    }
}
