package io.github.xxgk.internal.source.ocr;

import java.util.Arrays;

/**
 * The runs of ink of at least a ruling's length along each row, or along each column, of a page: a run is ink
 * pixels each at most {@code gap} paper pixels from the next (JPEG noise and thin scans break lines). Line
 * {@code l}'s runs are {@code start[k]..end[k] - 1} for k from {@code first[l]} to {@code first[l + 1] - 1}, in
 * order along the line.
 */
record LineRuns(int[] first, int[] start, int[] end) {

    static LineRuns alongRows(Ink ink, int minLen, int gap) {
        int w = ink.width();
        int h = ink.height();
        byte[] px = ink.rows();
        int[] first = new int[h + 1];
        Found found = new Found();
        for (int y = 0; y < h; y++) {
            first[y] = found.n;
            int row = y * w;
            int runStart = -1;
            int lastInk = -1;
            for (int x = 0; x < w; x++) {
                if (px[row + x] != 0) {
                    if (runStart < 0) {
                        runStart = x;
                    } else if (x - lastInk > gap + 1) {
                        found.addIfLong(y, runStart, lastInk + 1, minLen);
                        runStart = x;
                    }
                    lastInk = x;
                }
            }
            if (runStart >= 0) {
                found.addIfLong(y, runStart, lastInk + 1, minLen);
            }
        }
        first[h] = found.n;
        return new LineRuns(first, Arrays.copyOf(found.start, found.n), Arrays.copyOf(found.end, found.n));
    }

    /**
     * The runs down each column, found in one pass over the rows (each column's run so far kept aside), which reads
     * the page in its own order rather than one byte a row apart.
     */
    static LineRuns alongColumns(Ink ink, int minLen, int gap) {
        int w = ink.width();
        int h = ink.height();
        byte[] px = ink.rows();
        int[] runStart = new int[w];
        int[] lastInk = new int[w];
        Arrays.fill(runStart, -1);
        Found found = new Found();
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                if (px[row + x] != 0) {
                    if (runStart[x] < 0) {
                        runStart[x] = y;
                    } else if (y - lastInk[x] > gap + 1) {
                        found.addIfLong(x, runStart[x], lastInk[x] + 1, minLen);
                        runStart[x] = y;
                    }
                    lastInk[x] = y;
                }
            }
        }
        for (int x = 0; x < w; x++) {
            if (runStart[x] >= 0) {
                found.addIfLong(x, runStart[x], lastInk[x] + 1, minLen);
            }
        }
        // grouped by column; within a column they were found top to bottom, an order the counting sort keeps
        int[] first = new int[w + 1];
        for (int k = 0; k < found.n; k++) {
            first[found.line[k] + 1]++;
        }
        for (int x = 0; x < w; x++) {
            first[x + 1] += first[x];
        }
        int[] at = Arrays.copyOf(first, w);
        int[] start = new int[found.n];
        int[] end = new int[found.n];
        for (int k = 0; k < found.n; k++) {
            int i = at[found.line[k]]++;
            start[i] = found.start[k];
            end[i] = found.end[k];
        }
        return new LineRuns(first, start, end);
    }

    /** Runs as found: the line of each, its start and its end. */
    private static final class Found {
        int n;
        int[] line = new int[256];
        int[] start = new int[256];
        int[] end = new int[256];

        void addIfLong(int l, int s, int e, int minLen) {
            if (e - s < minLen) {
                return;
            }
            if (n == line.length) {
                line = Arrays.copyOf(line, n * 2);
                start = Arrays.copyOf(start, n * 2);
                end = Arrays.copyOf(end, n * 2);
            }
            line[n] = l;
            start[n] = s;
            end[n] = e;
            n++;
        }
    }
}
