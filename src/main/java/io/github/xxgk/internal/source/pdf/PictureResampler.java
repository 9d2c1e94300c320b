package io.github.xxgk.internal.source.pdf;

/**
 * Places a picture's 8-bit samples on the page's pixel grid under a scale and a translation, one axis after the
 * other, the way Java2D draws a picture for PDFBox's renderer: a device pixel is painted when its centre falls
 * inside the picture; its value is read at that centre by bicubic interpolation (Catmull-Rom, a = -0.5, weights in
 * 256ths for the fraction cut to 256ths of a sample, edge samples repeated). The centres are stepped in 32.32 fixed
 * point as Java2D steps them ({@link Axis}), so the page is the renderer's to the last bit. An axis whose pixel
 * centres all fall on sample centres is copied.
 */
final class PictureResampler {

    /** Weights are in 256ths: one tap of a copied axis weighs 256, a pixel's taps of both axes 65536. */
    private static final int ONE = 256;
    private static final double A = -0.5;
    /** Half a sample in 32.32 fixed point. */
    private static final long HALF = 1L << 31;

    /**
     * The cubic's weight at distance i/256 from a sample, i up to 512, in 256ths, made as Java2D makes its table (so
     * that a page reads as the renderer's): cut toward zero up to 1.5 samples away, and beyond that the weight that
     * makes a pixel's four weights sum to 256.
     */
    private static final int[] CUBIC = cubicTable();

    private PictureResampler() {
    }

    private static int[] cubicTable() {
        int[] t = new int[2 * ONE + 1];
        for (int i = 0; i < ONE + ONE / 2; i++) {
            double x = i / (double) ONE;
            double k = x < 1 ? ((A + 2) * x - (A + 3)) * x * x + 1 : ((A * x - 5 * A) * x + 8 * A) * x - 4 * A;
            t[i] = (int) (k * ONE);
        }
        t[ONE + ONE / 2] = (ONE - 2 * t[ONE / 2]) / 2;
        for (int i = ONE + ONE / 2 + 1; i <= 2 * ONE; i++) {
            // the taps at i - 256, 512 - i and 768 - i are the other three of the same pixel
            t[i] = ONE - (t[2 * ONE - i] + t[i - ONE] + t[3 * ONE - i]);
        }
        return t;
    }

    /**
     * How one axis of the picture lands on a page {@code pixels} long, in Java2D's 32.32 fixed point: the centre
     * of pixel {@code first} falls at {@code start} in the picture (in samples), each next pixel's {@code step}
     * further. Pixels before {@code first} are not painted.
     */
    record Axis(int samples, int pixels, int first, long start, long step) {

        /** Where pixel d's centre falls in the picture. */
        long at(int d) {
            return start + (d - first) * step;
        }

        /** Whether pixel d's centre falls inside the picture. */
        boolean inside(int d) {
            long whole = at(d) >> 32;
            return whole >= 0 && whole < samples;
        }
    }

    /** The taps of one axis: for each painted pixel {@code from} to {@code to - 1}, {@code taps} samples and weights. */
    private record Taps(int from, int to, int taps, int[] index, int[] weight) {

        static Taps of(Axis a) {
            int from = Math.max(0, a.first());
            while (from < a.pixels() && !a.inside(from)) {
                from++;
            }
            int to = from;
            while (to < a.pixels() && a.inside(to)) {
                to++;
            }
            int n = to - from;
            int[] index = new int[4 * n];
            int[] weight = new int[4 * n];
            boolean[] used = new boolean[4];
            for (int d = from; d < to; d++) {
                // sample i's centre is at i + 0.5; the fraction's first 8 bits choose the weights
                long t = a.at(d) - HALF;
                int i0 = (int) (t >> 32);
                int q = (int) ((t >>> 24) & (ONE - 1));
                int[] w = {CUBIC[q + ONE], CUBIC[q], CUBIC[ONE - q], CUBIC[2 * ONE - q]};
                for (int k = 0; k < 4; k++) {
                    index[4 * (d - from) + k] = Math.min(a.samples() - 1, Math.max(0, i0 - 1 + k));
                    weight[4 * (d - from) + k] = w[k];
                    used[k] |= w[k] != 0;
                }
            }
            // only the taps some pixel weighs: a scan spread at its own resolution has every pixel's centre on a
            // sample's (one tap, a copy) or the same fraction off it (the table weighs two of the four)
            int taps = 0;
            for (boolean u : used) {
                taps += u ? 1 : 0;
            }
            int[] keptIndex = new int[taps * n];
            int[] keptWeight = new int[taps * n];
            for (int j = 0, o = 0; j < n; j++) {
                for (int k = 0; k < 4; k++) {
                    if (used[k]) {
                        keptIndex[o] = index[4 * j + k];
                        keptWeight[o++] = weight[4 * j + k];
                    }
                }
            }
            return new Taps(from, to, Math.max(1, taps), keptIndex, keptWeight);
        }
    }

    /**
     * Paints the picture's samples ({@code x.samples()} by {@code y.samples()} pixels, row-major, of one grey byte
     * or three interleaved RGB bytes) onto the page ({@code x.pixels()} by {@code y.pixels()}): each channel is
     * interpolated, as Java2D does, and then {@code bright} takes the brightest and {@code dark} the darkest of them
     * (a grey picture writes {@code bright} alone). The page's pixels the picture does not cover are left as they are.
     */
    static void paint(byte[] samples, int channels, Axis x, Axis y, byte[] bright, byte[] dark) {
        Taps tx = Taps.of(x);
        Taps ty = Taps.of(y);
        int rowLength = x.samples() * channels;
        int pw = x.pixels();
        int[] row = new int[rowLength];
        // each tap's sample as an offset into the row
        int[] at = new int[tx.index().length];
        for (int k = 0; k < at.length; k++) {
            at[k] = tx.index()[k] * channels;
        }
        for (int d = ty.from(); d < ty.to(); d++) {
            // down the columns first: the picture's row at this pixel's height, in 256ths
            int k = (d - ty.from()) * ty.taps();
            column(samples, rowLength, ty.taps(), ty.index(), ty.weight(), k, row);
            int out = d * pw;
            if (channels == 1) {
                across(row, tx, at, bright, out);
            } else {
                acrossRgb(row, tx, at, bright, dark, out);
            }
        }
    }

    /** The picture's rows at taps k.. summed with their weights into {@code row}. */
    private static void column(byte[] s, int length, int taps, int[] index, int[] weight, int k, int[] row) {
        int b0 = index[k] * length;
        int w0 = weight[k];
        if (taps == 1) {
            for (int i = 0; i < length; i++) {
                row[i] = w0 * (s[b0 + i] & 255);
            }
            return;
        }
        int b1 = index[k + 1] * length;
        int w1 = weight[k + 1];
        if (taps == 2) {
            for (int i = 0; i < length; i++) {
                row[i] = w0 * (s[b0 + i] & 255) + w1 * (s[b1 + i] & 255);
            }
            return;
        }
        int b2 = index[k + 2] * length;
        int w2 = weight[k + 2];
        // three taps read as four, the fourth weighing nothing
        int b3 = taps == 4 ? index[k + 3] * length : b2;
        int w3 = taps == 4 ? weight[k + 3] : 0;
        for (int i = 0; i < length; i++) {
            row[i] = w0 * (s[b0 + i] & 255) + w1 * (s[b1 + i] & 255) + w2 * (s[b2 + i] & 255) + w3 * (s[b3 + i] & 255);
        }
    }

    /** One grey row across the page. */
    private static void across(int[] row, Taps tx, int[] at, byte[] bright, int out) {
        int[] w = tx.weight();
        int n = tx.taps();
        for (int p = tx.from(), k = 0; p < tx.to(); p++, k += n) {
            int acc = 0;
            for (int t = k; t < k + n; t++) {
                acc += w[t] * row[at[t]];
            }
            bright[out + p] = (byte) clamp(acc);
        }
    }

    /** One RGB row across the page, each pixel's brightest and darkest channel kept; one and two taps unrolled. */
    private static void acrossRgb(int[] row, Taps tx, int[] at, byte[] bright, byte[] dark, int out) {
        int[] w = tx.weight();
        int n = tx.taps();
        int p = tx.from();
        int k = 0;
        if (n == 1) {
            for (; p < tx.to(); p++, k++) {
                int i = at[k];
                int wt = w[k];
                put(clamp(wt * row[i]), clamp(wt * row[i + 1]), clamp(wt * row[i + 2]), bright, dark, out + p);
            }
        } else if (n == 2) {
            for (; p < tx.to(); p++, k += 2) {
                int i = at[k];
                int j = at[k + 1];
                int w0 = w[k];
                int w1 = w[k + 1];
                put(clamp(w0 * row[i] + w1 * row[j]), clamp(w0 * row[i + 1] + w1 * row[j + 1]),
                        clamp(w0 * row[i + 2] + w1 * row[j + 2]), bright, dark, out + p);
            }
        } else {
            for (; p < tx.to(); p++, k += n) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int t = k; t < k + n; t++) {
                    int i = at[t];
                    int wt = w[t];
                    r += wt * row[i];
                    g += wt * row[i + 1];
                    b += wt * row[i + 2];
                }
                put(clamp(r), clamp(g), clamp(b), bright, dark, out + p);
            }
        }
    }

    private static void put(int r, int g, int b, byte[] bright, byte[] dark, int at) {
        bright[at] = (byte) Math.max(r, Math.max(g, b));
        dark[at] = (byte) Math.min(r, Math.min(g, b));
    }

    /** A sum in 65536ths, rounded to a byte; the cubic's lobes may overshoot black or white. */
    private static int clamp(int acc) {
        return Math.max(0, Math.min(255, (acc + ONE * ONE / 2) >> 16));
    }
}
