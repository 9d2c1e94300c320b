package io.github.xxgk.internal.source.ocr;


/**
 * The ink of an image: which pixels are print. The threshold is Otsu's, computed on the page, so a grey scan
 * with a dark paper tone and a clean screen image both split print from paper.
 */
public final class Ink {

    private final int width;
    private final int height;
    /** 1 for ink, 0 for paper, row after row: a count is a sum, and the threshold a subtraction's sign bit. */
    private final byte[] ink;
    private final int threshold;

    private Ink(int width, int height, byte[] ink, int threshold) {
        this.width = width;
        this.height = height;
        this.ink = ink;
        this.threshold = threshold;
    }

    public static Ink of(GrayImage img) {
        return of(img, otsu(img));
    }

    public static Ink of(GrayImage img, int threshold) {
        byte[] p = img.pixels();
        byte[] b = new byte[p.length];
        for (int i = 0; i < p.length; i++) {
            // 1 when the level is below the threshold: the difference's sign, without a branch per pixel
            b[i] = (byte) (((p[i] & 255) - threshold) >>> 31);
        }
        return new Ink(img.width(), img.height(), b, threshold);
    }

    /**
     * How far apart print and paper are: the mean grey level of the pixels at or above {@code threshold} less the
     * mean of those below it (0..255). A scan or screen picture gives 130 and more; a phone photo of a page in poor
     * light, 60–70.
     */
    public static double separation(GrayImage img, int threshold) {
        long[] hist = histogram(img);
        long inkSum = 0;
        long inkCount = 0;
        long paperSum = 0;
        long paperCount = 0;
        for (int v = 0; v < 256; v++) {
            if (v < threshold) {
                inkSum += v * hist[v];
                inkCount += hist[v];
            } else {
                paperSum += v * hist[v];
                paperCount += hist[v];
            }
        }
        if (inkCount == 0 || paperCount == 0) {
            return 0;
        }
        return (double) paperSum / paperCount - (double) inkSum / inkCount;
    }

    /** Otsu's threshold of the image's histogram: the level that best separates two classes of pixels. */
    public static int otsu(GrayImage img) {
        long[] hist = histogram(img);
        long total = img.pixels().length;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            sum += (double) i * hist[i];
        }
        double sumB = 0;
        long wB = 0;
        double best = -1;
        int level = 128;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) {
                continue;
            }
            long wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += (double) t * hist[t];
            double mB = sumB / wB;
            double mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                level = t + 1;
            }
        }
        return level;
    }

    /**
     * How many pixels have each grey level. Four tallies taken in turn and added at the end: a pixel's count does
     * not wait on the previous pixel's when both have one level, as paper's pixels mostly do.
     */
    static long[] histogram(GrayImage img) {
        byte[] p = img.pixels();
        int[][] part = new int[4][256];
        int i = 0;
        for (; i + 3 < p.length; i += 4) {
            part[0][p[i] & 255]++;
            part[1][p[i + 1] & 255]++;
            part[2][p[i + 2] & 255]++;
            part[3][p[i + 3] & 255]++;
        }
        for (; i < p.length; i++) {
            part[0][p[i] & 255]++;
        }
        long[] hist = new long[256];
        for (int v = 0; v < 256; v++) {
            hist[v] = (long) part[0][v] + part[1][v] + part[2][v] + part[3][v];
        }
        return hist;
    }

    /** The grey level below which a pixel is print. */
    public int threshold() {
        return threshold;
    }

    /** The mean grey level of the image's paper: its pixels at or above the threshold. */
    public static int paperLevel(GrayImage img, int threshold) {
        long[] hist = histogram(img);
        long sum = 0;
        long n = 0;
        for (int v = Math.max(0, threshold); v < 256; v++) {
            sum += v * hist[v];
            n += hist[v];
        }
        return n == 0 ? 255 : (int) (sum / n);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean at(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && ink[y * width + x] != 0;
    }

    /** The ink row after row (not a copy: the passes that read the whole page read it in place). */
    byte[] rows() {
        return ink;
    }

    /** Ink pixels in the box x0..x1-1, y0..y1-1. */
    public int count(int x0, int y0, int x1, int y1) {
        int n = 0;
        int from = Math.max(0, x0);
        int to = Math.min(width, x1);
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            int row = y * width;
            for (int x = from; x < to; x++) {
                n += ink[row + x];
            }
        }
        return n;
    }
}
