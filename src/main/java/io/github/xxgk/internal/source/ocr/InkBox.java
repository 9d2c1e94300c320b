package io.github.xxgk.internal.source.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * The print inside one region of a page: its lines (bands of rows with ink) and, on a line, its glyph columns
 * (runs of columns with ink). Specks of scanner noise — a row or column with a single ink pixel — are not
 * print.
 */
public record InkBox(int x0, int y0, int x1, int y1, List<int[]> lines) {

    /** See {@link #joinFragments}. */
    static final double PIECE = 0.8;

    /** The print in x0..x1-1, y0..y1-1 of the ink, or null when there is none. */
    public static InkBox of(Ink ink, int x0, int y0, int x1, int y1) {
        int minRow = 1;
        List<int[]> bands = new ArrayList<>();
        int start = -1;
        int bx0 = Integer.MAX_VALUE;
        int bx1 = -1;
        for (int y = y0; y <= y1; y++) {
            int n = y < y1 ? rowInk(ink, y, x0, x1) : 0;
            if (n >= minRow) {
                if (start < 0) {
                    start = y;
                }
            } else if (start >= 0) {
                if (y - start >= 1) {
                    bands.add(new int[] {start, y});
                }
                start = -1;
            }
        }
        bands = mergeClose(bands);
        // a thin band at the region's top or bottom is what is left of a ruling line or a speck, not print
        while (!bands.isEmpty() && thin(ink, bands.get(0), x0, x1)) {
            bands.remove(0);
        }
        while (!bands.isEmpty() && thin(ink, bands.get(bands.size() - 1), x0, x1)) {
            bands.remove(bands.size() - 1);
        }
        if (bands.isEmpty()) {
            return null;
        }
        bands = joinFragments(bands);
        // the box spans the first to the last column with ink in a band: each found from its own side
        for (int[] b : bands) {
            for (int x = x0; x < x1; x++) {
                if (colInk(ink, x, b[0], b[1]) >= 1) {
                    bx0 = Math.min(bx0, x);
                    break;
                }
            }
            for (int x = x1 - 1; x >= x0; x--) {
                if (colInk(ink, x, b[0], b[1]) >= 1) {
                    bx1 = Math.max(bx1, x + 1);
                    break;
                }
            }
        }
        return new InkBox(bx0, bands.get(0)[0], bx1, bands.get(bands.size() - 1)[1], bands);
    }

    /** Bands closer than a third of their height are one line (the parts of 二 or 三 above each other). */
    private static List<int[]> mergeClose(List<int[]> bands) {
        List<int[]> out = new ArrayList<>();
        for (int[] b : bands) {
            if (!out.isEmpty()) {
                int[] last = out.get(out.size() - 1);
                int h = Math.max(last[1] - last[0], b[1] - b[0]);
                if (b[0] - last[1] <= Math.max(2, h / 3) && (b[1] - last[0]) < 1.6 * h) {
                    last[1] = b[1];
                    continue;
                }
            }
            out.add(b.clone());
        }
        return out;
    }

    /**
     * Two neighbouring bands where the shorter one and the gap between them together are less than
     * {@link #PIECE} of the taller one are one glyph in pieces, not two lines of text: the thin diagonal of a 2 or
     * a 7 enlarged from screen size fades below the ink threshold and leaves the glyph's ends as bands of their
     * own. Two lines of text never are (each is about as high as the other, and a gap lies between them).
     */
    static List<int[]> joinFragments(List<int[]> bands) {
        List<int[]> out = new ArrayList<>();
        for (int[] b : bands) {
            out.add(b.clone());
        }
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int i = 0; i + 1 < out.size(); i++) {
                int[] a = out.get(i);
                int[] b = out.get(i + 1);
                int ha = a[1] - a[0];
                int hb = b[1] - b[0];
                if (Math.min(ha, hb) + (b[0] - a[1]) < PIECE * Math.max(ha, hb)) {
                    a[1] = b[1];
                    out.remove(i + 1);
                    joined = true;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean thin(Ink ink, int[] band, int x0, int x1) {
        int n = ink.count(x0, band[0], x1, band[1]);
        return band[1] - band[0] <= 2 || n < 4;
    }

    private static int rowInk(Ink ink, int y, int x0, int x1) {
        return ink.count(x0, y, x1, y + 1);
    }

    private static int colInk(Ink ink, int x, int y0, int y1) {
        return ink.count(x, y0, x + 1, y1);
    }

    public int height() {
        return y1 - y0;
    }

    public int width() {
        return x1 - x0;
    }

    /** The glyph columns of line {@code i}: runs of columns with ink, as {start, end} pairs. */
    public List<int[]> columns(Ink ink, int i) {
        int[] band = lines.get(i);
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int x = x0; x <= x1; x++) {
            boolean on = x < x1 && ink.count(x, band[0], x + 1, band[1]) > 0;
            if (on && start < 0) {
                start = x;
            } else if (!on && start >= 0) {
                out.add(new int[] {start, x});
                start = -1;
            }
        }
        return out;
    }
}
