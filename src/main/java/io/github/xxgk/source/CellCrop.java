package io.github.xxgk.source;

import io.github.xxgk.source.ocr.GrayImage;

/**
 * The part of a page one cell was read from, kept small and grey ({@link #HEIGHT} pixels high, each the mean of
 * the page pixels it covers) so that a person can check an OCR'd value against its print without opening the
 * source, and a report's crops stay a few hundred kilobytes.
 *
 * @param grey row-major, 0 black to 255 white
 */
public record CellCrop(int width, int height, byte[] grey) {

    /** Rows of a crop: the digits of a cell (about half its height) stay legible. */
    public static final int HEIGHT = 28;
    /** The widest crop, for a cell that spans the page. */
    static final int MAX_WIDTH = 240;

    /** The cell x0..x1-1, y0..y1-1 of the page, clipped to it, shrunk to {@link #HEIGHT}; null when nothing is left. */
    public static CellCrop of(GrayImage page, int x0, int y0, int x1, int y1) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(page.width(), x1);
        y1 = Math.min(page.height(), y1);
        if (x1 - x0 < 2 || y1 - y0 < 2) {
            return null;
        }
        double f = Math.min(1.0, Math.min((double) HEIGHT / (y1 - y0), (double) MAX_WIDTH / (x1 - x0)));
        int w = Math.max(1, (int) Math.round((x1 - x0) * f));
        int h = Math.max(1, (int) Math.round((y1 - y0) * f));
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int sy0 = y0 + (int) (y / f);
            int sy1 = Math.max(sy0 + 1, Math.min(y1, y0 + (int) ((y + 1) / f)));
            for (int x = 0; x < w; x++) {
                int sx0 = x0 + (int) (x / f);
                int sx1 = Math.max(sx0 + 1, Math.min(x1, x0 + (int) ((x + 1) / f)));
                long sum = 0;
                for (int yy = sy0; yy < sy1; yy++) {
                    for (int xx = sx0; xx < sx1; xx++) {
                        sum += page.get(xx, yy);
                    }
                }
                out[y * w + x] = (byte) (sum / ((long) (sy1 - sy0) * (sx1 - sx0)));
            }
        }
        return new CellCrop(w, h, out);
    }
}
