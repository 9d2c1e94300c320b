package io.github.xxgk.internal.source.ocr;

import java.awt.geom.AffineTransform;

/**
 * A scan is never quite straight. The tilt is measured from the print itself: rows of ink (ruling lines above
 * all, and lines of text) are sharpest in a projection taken along the tilt, so the angle whose projection
 * has the largest sum of squares wins. The angle is in degrees, positive when the content is turned clockwise
 * on the image (a line drawn level runs downwards to the right).
 */
public final class Deskew {

    /** Scanner tilts beyond this are not searched: a page that far off is re-scanned, not read. */
    static final double MAX_DEGREES = 4.0;

    /** Each grey level as a double: a load from a small table is cheaper per pixel than the conversion. */
    private static final double[] LEVEL = new double[256];

    static {
        for (int i = 0; i < LEVEL.length; i++) {
            LEVEL[i] = i;
        }
    }

    private Deskew() {
    }

    public static double angle(Ink ink) {
        Sample sample = Sample.of(ink);
        if (sample.pixels() < 100) {
            return 0;
        }
        double best = 0;
        double bestScore = -1;
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.1) {
            double s = score(sample, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.1; a <= coarse + 0.1 + 1e-9; a += 0.01) {
            double s = score(sample, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    /**
     * A sample of the ink that keeps this fast on a 9-megapixel page: every few columns, but every row, so that the
     * projection's one-pixel bins all get their share at every angle. Each sampled column is kept as its runs of
     * ink (rows {@code top[i]} to {@code end[i]} - 1 of sampled column {@code column[i]}, at x = column * step): a
     * projection moves a column's pixels all by one whole number of bins, so it adds a run at once.
     */
    record Sample(int height, int step, int columns, int[] column, int[] top, int[] end, int runs, int pixels) {

        static Sample of(Ink ink) {
            int w = ink.width();
            int h = ink.height();
            int step = w * h > 3_000_000 ? 4 : 3;
            int columns = (w + step - 1) / step;
            // the row where each column's current run began, -1 when the column is on paper
            int[] open = new int[columns];
            java.util.Arrays.fill(open, -1);
            int[] column = new int[1 << 12];
            int[] top = new int[column.length];
            int[] end = new int[column.length];
            int runs = 0;
            int pixels = 0;
            byte[] px = ink.rows();
            for (int y = 0; y <= h; y++) {
                int row = y * w;
                for (int c = 0; c < columns; c++) {
                    if (y < h && px[row + c * step] != 0) {
                        pixels++;
                        if (open[c] < 0) {
                            open[c] = y;
                        }
                    } else if (open[c] >= 0) {
                        if (runs == column.length) {
                            column = java.util.Arrays.copyOf(column, runs * 2);
                            top = java.util.Arrays.copyOf(top, runs * 2);
                            end = java.util.Arrays.copyOf(end, runs * 2);
                        }
                        column[runs] = c;
                        top[runs] = open[c];
                        end[runs] = y;
                        runs++;
                        open[c] = -1;
                    }
                }
            }
            return new Sample(h, step, columns, column, top, end, runs, pixels);
        }
    }

    /** The sum of squares of the projection at this angle: largest where the rows of ink are level. */
    private static double score(Sample sample, double degrees) {
        double s = 0;
        for (int b : projection(sample, degrees)) {
            s += (double) b * b;
        }
        return s;
    }

    /**
     * How many sampled ink pixels fall in each row of the page turned by the angle: pixel (x, y) counts in bin
     * round(y - x tan) + margin. For one column that is y plus a shift, round(-x tan), unless x tan lies so
     * near a half that the rounding of y - x tan could tip it the other way: such a column is counted pixel by
     * pixel, so every bin is what the formula gives for each pixel.
     */
    static int[] projection(Sample sample, double degrees) {
        double t = Math.tan(Math.toRadians(degrees));
        int margin = (int) Math.ceil(Math.abs(t) * 20_000) + 2;
        int length = sample.height() + 2 * margin;
        // bins as differences (a run adds one from its first bin up to its end), summed at the end
        int[] diff = new int[length + 1];
        int[] shift = new int[sample.columns()];
        boolean[] exact = new boolean[sample.columns()];
        for (int c = 0; c < shift.length; c++) {
            double p = -(c * sample.step() * t);
            exact[c] = Math.abs(p - Math.floor(p) - 0.5) > 1e-6;
            shift[c] = (int) Math.round(p) + margin;
        }
        int[] column = sample.column();
        int[] top = sample.top();
        int[] end = sample.end();
        for (int i = 0; i < sample.runs(); i++) {
            int c = column[i];
            if (exact[c]) {
                int from = Math.max(0, top[i] + shift[c]);
                int to = Math.min(length, end[i] + shift[c]);
                if (from < to) {
                    diff[from]++;
                    diff[to]--;
                }
            } else {
                int x = c * sample.step();
                for (int y = top[i]; y < end[i]; y++) {
                    int b = (int) Math.round(y - x * t) + margin;
                    if (b >= 0 && b < length) {
                        diff[b]++;
                        diff[b + 1]--;
                    }
                }
            }
        }
        int[] bins = new int[length];
        int sum = 0;
        for (int i = 0; i < length; i++) {
            sum += diff[i];
            bins[i] = sum;
        }
        return bins;
    }

    /** The image turned by {@code -degrees} about its centre (bilinear, paper-white outside), straightening it. */
    public static GrayImage straighten(GrayImage img, double degrees) {
        if (Math.abs(degrees) < 0.02) {
            return img;
        }
        int w = img.width();
        int h = img.height();
        // the inverse map: for each output pixel, where it comes from in the tilted image
        AffineTransform back = AffineTransform.getRotateInstance(Math.toRadians(degrees), w / 2.0, h / 2.0);
        double[] m = new double[6];
        back.getMatrix(m);
        byte[] src = img.pixels();
        byte[] out = new byte[w * h];
        // the products of the map, each computed once and summed in the same order as m0*x + m2*y + m4 per pixel
        double[] m0x = new double[w];
        double[] m1x = new double[w];
        for (int x = 0; x < w; x++) {
            m0x[x] = m[0] * x;
            m1x[x] = m[1] * x;
        }
        for (int y = 0; y < h; y++) {
            double m2y = m[2] * y;
            double m3y = m[3] * y;
            int row = y * w;
            // along a row both source coordinates move one way (the rounded sums are monotonic in x), so the pixels
            // whose four neighbours lie inside the image form one run [from, to): the ends are found from outside,
            // and the run is interpolated without a bounds test per pixel
            int from = 0;
            while (from < w && !inside(m0x[from] + m2y + m[4], m1x[from] + m3y + m[5], w, h)) {
                from++;
            }
            int to = w;
            while (to > from && !inside(m0x[to - 1] + m2y + m[4], m1x[to - 1] + m3y + m[5], w, h)) {
                to--;
            }
            java.util.Arrays.fill(out, row, row + from, (byte) 255);
            java.util.Arrays.fill(out, row + to, row + w, (byte) 255);
            double m4 = m[4];
            double m5 = m[5];
            for (int x = from; x < to; x++) {
                double sx = m0x[x] + m2y + m4;
                double sy = m1x[x] + m3y + m5;
                // both are at least 0 here, where truncation is the floor
                int x0 = (int) sx;
                int y0 = (int) sy;
                double fx = sx - x0;
                double fy = sy - y0;
                double gx = 1 - fx;
                int i = y0 * w + x0;
                int j = i + w;
                double top = LEVEL[src[i] & 255] * gx + LEVEL[src[i + 1] & 255] * fx;
                double bottom = LEVEL[src[j] & 255] * gx + LEVEL[src[j + 1] & 255] * fx;
                // Math.round for values in 0..255, without its cost per pixel
                out[row + x] = (byte) (int) (top * (1 - fy) + bottom * fy + 0.5);
            }
        }
        return new GrayImage(w, h, out);
    }

    /**
     * Whether a source point has all four of its bilinear neighbours in a w x h image: floor(s) + 1 within the
     * image is s below the last index.
     */
    private static boolean inside(double sx, double sy, int w, int h) {
        return sx >= 0 && sy >= 0 && sx < w - 1 && sy < h - 1;
    }
}
