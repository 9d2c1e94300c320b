package io.github.xxgk.internal.source.pdf;

/**
 * Places an 8-bit plane of a picture on the page's pixel grid under a scale and a translation, one axis after the
 * other, the way Java2D draws a picture for PDFBox's renderer: a device pixel is painted when its centre falls
 * inside the picture; its value is read at that centre by bicubic interpolation (Catmull-Rom, a = -0.5, weights in
 * 256ths for the fraction cut to 256ths of a sample, edge samples repeated), or from the nearest sample.
 * An axis whose samples land one to a pixel on whole pixels is copied.
 */
final class PlaneResampler {

    /** Weights are in 256ths: one tap of a copied axis weighs 256, a pixel's taps of both axes 65536. */
    private static final int ONE = 256;
    private static final double A = -0.5;
    /** Below this drift over the whole axis, in pixels, samples are one to a pixel on whole pixels. */
    private static final double ALIGNED = 1e-3;

    private PlaneResampler() {
    }

    /**
     * How one axis of the picture lands on the page: sample {@code i} covers device pixels
     * {@code offset + i * step} to {@code offset + (i + 1) * step}, on a page {@code pixels} long.
     */
    record Axis(int samples, double offset, double step, int pixels) {
    }

    /** The taps of one axis: for each painted pixel {@code from} to {@code to - 1}, {@code taps} samples and weights. */
    private record Taps(int from, int to, int taps, int[] index, int[] weight) {

        static Taps of(Axis a, boolean nearest) {
            int from = Math.max(0, (int) Math.ceil(a.offset() - 0.5));
            while (from < a.pixels() && source(a, from) < 0) {
                from++;
            }
            int to = from;
            while (to < a.pixels() && source(a, to) < a.samples()) {
                to++;
            }
            int n = Math.max(0, to - from);
            long shift = Math.round(a.offset());
            boolean aligned = Math.abs(a.step() - 1) * a.samples() < ALIGNED && Math.abs(a.offset() - shift) < ALIGNED;
            if (aligned || nearest) {
                int[] index = new int[n];
                int[] weight = new int[n];
                for (int d = from; d < to; d++) {
                    int i = aligned ? (int) (d - shift) : (int) Math.floor(source(a, d));
                    index[d - from] = Math.min(a.samples() - 1, Math.max(0, i));
                    weight[d - from] = ONE;
                }
                return new Taps(from, to, 1, index, weight);
            }
            int[] index = new int[4 * n];
            int[] weight = new int[4 * n];
            for (int d = from; d < to; d++) {
                // sample i's centre is at i + 0.5
                double t = source(a, d) - 0.5;
                int i0 = (int) Math.floor(t);
                double f = Math.floor((t - i0) * ONE) / ONE;
                int[] w = {weight(1 + f), weight(f), weight(1 - f), weight(2 - f)};
                int largest = f < 0.5 ? 1 : 2;
                w[largest] += ONE - (w[0] + w[1] + w[2] + w[3]);
                for (int k = 0; k < 4; k++) {
                    index[4 * (d - from) + k] = Math.min(a.samples() - 1, Math.max(0, i0 - 1 + k));
                    weight[4 * (d - from) + k] = w[k];
                }
            }
            return new Taps(from, to, 4, index, weight);
        }

        /** Where device pixel d's centre falls in the picture, in samples. */
        private static double source(Axis a, int d) {
            return (d + 0.5 - a.offset()) / a.step();
        }

        private static int weight(double x) {
            x = Math.abs(x);
            double k = x <= 1 ? ((A + 2) * x - (A + 3)) * x * x + 1 : x < 2 ? ((A * x - 5 * A) * x + 8 * A) * x - 4 * A : 0;
            return (int) Math.round(k * ONE);
        }
    }

    /**
     * Paints the plane ({@code x.samples()} by {@code y.samples()}, row-major) onto {@code page}
     * ({@code x.pixels()} by {@code y.pixels()}), leaving the pixels it does not cover as they are.
     */
    static void paint(byte[] plane, Axis x, Axis y, boolean nearest, byte[] page) {
        Taps tx = Taps.of(x, nearest);
        Taps ty = Taps.of(y, nearest);
        int sw = x.samples();
        int pw = x.pixels();
        int[] row = new int[sw];
        for (int d = ty.from(); d < ty.to(); d++) {
            // down the columns first: the row of the picture at this pixel's height, in 256ths
            int k0 = (d - ty.from()) * ty.taps();
            java.util.Arrays.fill(row, 0);
            for (int k = k0; k < k0 + ty.taps(); k++) {
                int base = ty.index()[k] * sw;
                int w = ty.weight()[k];
                for (int i = 0; i < sw; i++) {
                    row[i] += w * (plane[base + i] & 255);
                }
            }
            int out = d * pw;
            int[] ix = tx.index();
            int[] wx = tx.weight();
            if (tx.taps() == 1) {
                for (int p = tx.from(); p < tx.to(); p++) {
                    page[out + p] = clamp(row[ix[p - tx.from()]] * ONE);
                }
                continue;
            }
            for (int p = tx.from(), k = 0; p < tx.to(); p++, k += 4) {
                int acc = wx[k] * row[ix[k]] + wx[k + 1] * row[ix[k + 1]] + wx[k + 2] * row[ix[k + 2]] + wx[k + 3] * row[ix[k + 3]];
                page[out + p] = clamp(acc);
            }
        }
    }

    /** A sum in 65536ths, rounded to a byte; the cubic's lobes may overshoot black or white. */
    private static byte clamp(int acc) {
        int v = (acc + ONE * ONE / 2) >> 16;
        return (byte) (v < 0 ? 0 : v > 255 ? 255 : v);
    }
}
