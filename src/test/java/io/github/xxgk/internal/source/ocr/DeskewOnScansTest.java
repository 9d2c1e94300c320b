package io.github.xxgk.internal.source.ocr;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deskew's passes on real scanned pages give exactly what their formulas give pixel by pixel, computed here the
 * plain way: the straightened page is, byte for byte, the bilinear sample of each pixel's source point; the
 * projection at each angle counts each sampled ink pixel in bin round(y - x tan) + margin.
 */
class DeskewOnScansTest {

    private static final List<GrayImage> PAGES = new ArrayList<>();

    @BeforeAll
    static void render() {
        for (BufferedImage img : ScanPages.two()) {
            PAGES.add(GrayImage.of(img));
            PAGES.add(GrayImage.darkestOf(img));
        }
    }

    /** The per-pixel formula: the inverse rotation's source point, bilinear in its four neighbours, paper outside. */
    private static byte[] straightenedPixelByPixel(GrayImage img, double degrees) {
        int w = img.width();
        int h = img.height();
        double[] m = new double[6];
        AffineTransform.getRotateInstance(Math.toRadians(degrees), w / 2.0, h / 2.0).getMatrix(m);
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sx = m[0] * x + m[2] * y + m[4];
                double sy = m[1] * x + m[3] * y + m[5];
                int x0 = (int) Math.floor(sx);
                int y0 = (int) Math.floor(sy);
                double v = 255;
                if (x0 >= 0 && y0 >= 0 && x0 + 1 < w && y0 + 1 < h) {
                    double fx = sx - x0;
                    double fy = sy - y0;
                    v = (img.get(x0, y0) * (1 - fx) + img.get(x0 + 1, y0) * fx) * (1 - fy)
                            + (img.get(x0, y0 + 1) * (1 - fx) + img.get(x0 + 1, y0 + 1) * fx) * fy;
                }
                out[y * w + x] = (byte) Math.round(v);
            }
        }
        return out;
    }

    @Test
    void straightenedPagesAreThePerPixelFormulasBytes() {
        for (GrayImage page : PAGES) {
            double measured = Deskew.angle(Ink.of(page));
            assertTrue(Math.abs(measured) >= 0.02, "the scans are tilted: " + measured);
            for (double degrees : new double[] {measured, -measured, 3.97, -2.31, 0.05}) {
                assertArrayEquals(straightenedPixelByPixel(page, degrees), Deskew.straighten(page, degrees).pixels(),
                        page.width() + "x" + page.height() + " at " + degrees);
            }
        }
    }

    /** The projection pixel by pixel: every few columns (as the sample takes them), every row. */
    private static int[] projectionPixelByPixel(Ink ink, double degrees) {
        int w = ink.width();
        int h = ink.height();
        int step = w * h > 3_000_000 ? 4 : 3;
        double t = Math.tan(Math.toRadians(degrees));
        int margin = (int) Math.ceil(Math.abs(t) * 20_000) + 2;
        int[] bins = new int[h + 2 * margin];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x += step) {
                if (ink.at(x, y)) {
                    int b = (int) Math.round(y - x * t) + margin;
                    if (b >= 0 && b < bins.length) {
                        bins[b]++;
                    }
                }
            }
        }
        return bins;
    }

    private static double sumOfSquares(int[] bins) {
        double s = 0;
        for (int b : bins) {
            s += (double) b * b;
        }
        return s;
    }

    @Test
    void projectionsAreThePerPixelCounts() {
        for (GrayImage page : PAGES) {
            Ink ink = Ink.of(page);
            Deskew.Sample sample = Deskew.Sample.of(ink);
            int step = sample.step();
            // an angle whose x tan is a half (to the last bits) at x = 100 steps: those columns are counted pixel by
            // pixel, as the rounding of y - x tan there can go either way
            double half = Math.toDegrees(Math.atan(0.5 / (100 * step)));
            List<Double> angles = new ArrayList<>(List.of(half, -half));
            double best = 0;
            double bestScore = -1;
            // the coarse search's angles, stepped as angle() steps them
            for (double a = -Deskew.MAX_DEGREES; a <= Deskew.MAX_DEGREES + 1e-9; a += 0.1) {
                angles.add(a);
                double s = sumOfSquares(projectionPixelByPixel(ink, a));
                if (s > bestScore) {
                    bestScore = s;
                    best = a;
                }
            }
            for (double a : angles) {
                assertArrayEquals(projectionPixelByPixel(ink, a), Deskew.projection(sample, a), "at " + a);
            }
            // and the angle found is the best of the plain projections, to the fine step
            double fine = best;
            for (double a = best - 0.1; a <= best + 0.1 + 1e-9; a += 0.01) {
                double s = sumOfSquares(projectionPixelByPixel(ink, a));
                if (s > bestScore) {
                    bestScore = s;
                    fine = a;
                }
            }
            assertEquals(Math.round(fine * 100) / 100.0, Deskew.angle(ink), page.width() + "x" + page.height());
        }
    }
}
