package io.github.xxgk.internal.source.pdf;

/**
 * Places a picture's 8-bit samples on the page's pixel grid under a scale and a translation, one axis after the
 * other, the way Java2D draws a picture for PDFBox's renderer: a device pixel is painted when its centre falls
 * inside the picture; its value is read at that centre by bicubic interpolation (Catmull-Rom, a = -0.5, weights in
 * 256ths for the fraction cut to 256ths of a sample, edge samples repeated). The centres are stepped in 32.32 fixed point as Java2D steps them ({@link Axis}), so the page is the renderer's to the
 * last bit. An axis whose pixel centres all fall on sample centres is copied.
 */
final class PlaneResampler {

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

    private PlaneResampler() {
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
            boolean onSamples = true;
            for (int d = from; d < to; d++) {
                // sample i's centre is at i + 0.5; the fraction's first 8 bits choose the weights
                long t = a.at(d) - HALF;
                int i0 = (int) (t >> 32);
                int q = (int) ((t >>> 24) & (ONE - 1));
                onSamples &= q == 0;
                int[] w = {CUBIC[q + ONE], CUBIC[q], CUBIC[ONE - q], CUBIC[2 * ONE - q]};
                for (int k = 0; k < 4; k++) {
                    index[4 * (d - from) + k] = Math.min(a.samples() - 1, Math.max(0, i0 - 1 + k));
                    weight[4 * (d - from) + k] = w[k];
                }
            }
            if (!onSamples) {
                return new Taps(from, to, 4, index, weight);
            }
            // every pixel's centre on a sample's (a scan spread at its own resolution): the cubic weighs that sample
            // alone, so the axis is a copy
            int[] copied = new int[n];
            int[] whole = new int[n];
            for (int j = 0; j < n; j++) {
                copied[j] = index[4 * j + 1];
                whole[j] = ONE;
            }
            return new Taps(from, to, 1, copied, whole);
        }
    }

    /**
     * Paints the picture's samples ({@code x.samples()} by {@code y.samples()} pixels of {@code channels}
     * interleaved bytes, row-major) onto the page ({@code x.pixels()} by {@code y.pixels()}): each channel is
     * interpolated, as Java2D does, and then {@code bright} takes the brightest and {@code dark} (if not null) the
     * darkest of them. The page's pixels the picture does not cover are left as they are.
     */
    static void paint(byte[] samples, int channels, Axis x, Axis y, byte[] bright, byte[] dark) {
        Taps tx = Taps.of(x);
        Taps ty = Taps.of(y);
        int rowLength = x.samples() * channels;
        int pw = x.pixels();
        int[] row = new int[rowLength];
        int[] ix = tx.index();
        int[] wx = tx.weight();
        int n = tx.taps();
        for (int d = ty.from(); d < ty.to(); d++) {
            // down the columns first: the picture's row at this pixel's height, in 256ths
            int k0 = (d - ty.from()) * ty.taps();
            java.util.Arrays.fill(row, 0);
            for (int k = k0; k < k0 + ty.taps(); k++) {
                int base = ty.index()[k] * rowLength;
                int w = ty.weight()[k];
                for (int i = 0; i < rowLength; i++) {
                    row[i] += w * (samples[base + i] & 255);
                }
            }
            int out = d * pw;
            for (int p = tx.from(), k = 0; p < tx.to(); p++, k += n) {
                int max = 0;
                int min = 255;
                for (int c = 0; c < channels; c++) {
                    int acc = 0;
                    for (int t = k; t < k + n; t++) {
                        acc += wx[t] * row[ix[t] * channels + c];
                    }
                    int v = clamp(acc);
                    max = Math.max(max, v);
                    min = Math.min(min, v);
                }
                bright[out + p] = (byte) max;
                if (dark != null) {
                    dark[out + p] = (byte) min;
                }
            }
        }
    }

    /** A sum in 65536ths, rounded to a byte; the cubic's lobes may overshoot black or white. */
    private static int clamp(int acc) {
        int v = (acc + ONE * ONE / 2) >> 16;
        return v < 0 ? 0 : Math.min(v, 255);
    }
}
