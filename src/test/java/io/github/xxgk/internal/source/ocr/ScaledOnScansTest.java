package io.github.xxgk.internal.source.ocr;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * A crop of a real scanned page, scaled up and down as cells are for the engine, is byte for byte the bilinear
 * formula computed pixel by pixel.
 */
class ScaledOnScansTest {

    private static byte[] scaledPixelByPixel(GrayImage img, double f, int pad) {
        int w = Math.max(1, (int) Math.round(img.width() * f));
        int h = Math.max(1, (int) Math.round(img.height() * f));
        int ow = w + 2 * pad;
        byte[] p = new byte[ow * (h + 2 * pad)];
        java.util.Arrays.fill(p, (byte) 255);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double sx = Math.min(img.width() - 1, Math.max(0, (x + 0.5) / f - 0.5));
                double sy = Math.min(img.height() - 1, Math.max(0, (y + 0.5) / f - 0.5));
                int x0 = (int) sx;
                int y0 = (int) sy;
                int x1 = Math.min(img.width() - 1, x0 + 1);
                int y1 = Math.min(img.height() - 1, y0 + 1);
                double fx = sx - x0;
                double fy = sy - y0;
                double v = (img.get(x0, y0) * (1 - fx) + img.get(x1, y0) * fx) * (1 - fy)
                        + (img.get(x0, y1) * (1 - fx) + img.get(x1, y1) * fx) * fy;
                p[(y + pad) * ow + x + pad] = (byte) Math.round(v);
            }
        }
        return p;
    }

    @Test
    void scaledCropsAreTheBilinearFormulasBytes() {
        for (BufferedImage img : ScanPages.two()) {
            GrayImage page = GrayImage.of(img);
            // a cell's worth of print, a line's, and a sliver one pixel high
            GrayImage[] crops = {page.crop(200, 400, 520, 470), page.crop(150, 900, 1100, 935), page.crop(300, 600, 340, 601)};
            for (GrayImage crop : crops) {
                for (double f : new double[] {48.0 / crop.height(), 2.37, 1.0, 0.61, 0.2}) {
                    for (int pad : new int[] {0, 12}) {
                        assertArrayEquals(scaledPixelByPixel(crop, f, pad), crop.scaledPadded(f, pad).pixels(),
                                crop.width() + "x" + crop.height() + " by " + f);
                    }
                }
            }
        }
    }
}
