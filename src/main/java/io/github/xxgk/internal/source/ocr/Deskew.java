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

    private Deskew() {
    }

    public static double angle(Ink ink) {
        int w = ink.width();
        int h = ink.height();
        // a sample of ink pixels keeps this fast on a 9-megapixel page; every other row and column suffices
        // a sample of ink pixels keeps this fast on a 9-megapixel page: every few columns, but every row, so that
        // the projection's one-pixel bins all get their share at every angle
        int step = w * h > 3_000_000 ? 4 : 3;
        int n = 0;
        int[] xs = new int[1 << 16];
        int[] ys = new int[1 << 16];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x += step) {
                if (ink.at(x, y)) {
                    if (n == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, n * 2);
                        ys = java.util.Arrays.copyOf(ys, n * 2);
                    }
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 100) {
            return 0;
        }
        double best = 0;
        double bestScore = -1;
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.1) {
            double s = score(xs, ys, n, h, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.1; a <= coarse + 0.1 + 1e-9; a += 0.01) {
            double s = score(xs, ys, n, h, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    private static double score(int[] xs, int[] ys, int n, int h, double degrees) {
        double t = Math.tan(Math.toRadians(degrees));
        int margin = (int) Math.ceil(Math.abs(t) * 20_000) + 2;
        long[] bins = new long[h + 2 * margin];
        for (int i = 0; i < n; i++) {
            int y = (int) Math.round(ys[i] - xs[i] * t) + margin;
            if (y >= 0 && y < bins.length) {
                bins[y]++;
            }
        }
        double s = 0;
        for (long b : bins) {
            s += (double) b * b;
        }
        return s;
    }

    /** Math.floor as an int, for values well within the int range. */
    private static int floor(double v) {
        int i = (int) v;
        return v < i ? i - 1 : i;
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
            for (int x = 0; x < w; x++) {
                double sx = m0x[x] + m2y + m[4];
                double sy = m1x[x] + m3y + m[5];
                int x0 = floor(sx);
                int y0 = floor(sy);
                double v;
                if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
                    v = 255;
                } else {
                    double fx = sx - x0;
                    double fy = sy - y0;
                    int i = y0 * w + x0;
                    v = ((src[i] & 255) * (1 - fx) + (src[i + 1] & 255) * fx) * (1 - fy)
                            + ((src[i + w] & 255) * (1 - fx) + (src[i + w + 1] & 255) * fx) * fy;
                }
                out[row + x] = (byte) (int) (v + 0.5); // Math.round for v in 0..255, without its cost per pixel
            }
        }
        return new GrayImage(w, h, out);
    }
}
