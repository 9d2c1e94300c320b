package io.github.xxgk.internal.source.ocr;

import io.github.xxgk.report.CellCrop;

/** Makes the {@link CellCrop} of a cell read by OCR from the page picture it was read from. */
final class CellCrops {

    private CellCrops() {
    }

    /** The cell x0..x1-1, y0..y1-1 of the page, clipped to it, shrunk to {@link CellCrop#HEIGHT}; null when nothing is left. */
    static CellCrop of(GrayImage page, int x0, int y0, int x1, int y1) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(page.width(), x1);
        y1 = Math.min(page.height(), y1);
        if (x1 - x0 < 2 || y1 - y0 < 2) {
            return null;
        }
        double f = Math.min(1.0, Math.min((double) CellCrop.HEIGHT / (y1 - y0), (double) CellCrop.MAX_WIDTH / (x1 - x0)));
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
