package io.github.xxgk.internal.source.ocr;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On a real scanned page, a pixel is ink exactly when its level is below the threshold, at every threshold from
 * none to all; and a box's count is its ink pixels one by one.
 */
class InkOnScansTest {

    @Test
    void inkIsEveryPixelBelowTheThreshold() {
        BufferedImage img = ScanPages.page("004", "scan-seal.pdf", 0, 200);
        GrayImage page = GrayImage.darkestOf(img);
        for (int threshold : new int[] {0, 1, Ink.otsu(page), 200, 255, 256}) {
            Ink ink = Ink.of(page, threshold);
            int inked = 0;
            for (int y = 0; y < page.height(); y++) {
                for (int x = 0; x < page.width(); x++) {
                    boolean below = page.get(x, y) < threshold;
                    assertEquals(below, ink.at(x, y), x + "," + y + " at " + threshold);
                    inked += below ? 1 : 0;
                }
            }
            assertEquals(inked, ink.count(-5, -5, page.width() + 5, page.height() + 5), "the whole page at " + threshold);
        }
        Ink ink = Ink.of(page);
        for (int y0 = 0; y0 < page.height(); y0 += 97) {
            for (int x0 = 0; x0 < page.width(); x0 += 131) {
                int n = 0;
                for (int y = y0; y < y0 + 45; y++) {
                    for (int x = x0; x < x0 + 170; x++) {
                        n += ink.at(x, y) ? 1 : 0;
                    }
                }
                assertEquals(n, ink.count(x0, y0, x0 + 170, y0 + 45), "box at " + x0 + "," + y0);
            }
        }
    }

    @Test
    void levelsAreTalliedPixelByPixel() {
        for (BufferedImage img : ScanPages.two()) {
            for (GrayImage page : new GrayImage[] {GrayImage.of(img), GrayImage.darkestOf(img)}) {
                long[] hist = new long[256];
                for (int y = 0; y < page.height(); y++) {
                    for (int x = 0; x < page.width(); x++) {
                        hist[page.get(x, y)]++;
                    }
                }
                assertArrayEquals(hist, Ink.histogram(page));
                // an odd size, so the tallies' last few pixels count too
                GrayImage odd = page.crop(3, 5, 3 + 401, 5 + 7);
                long[] oddHist = new long[256];
                for (byte b : odd.pixels()) {
                    oddHist[b & 255]++;
                }
                assertArrayEquals(oddHist, Ink.histogram(odd));
                for (int threshold : new int[] {0, 90, Ink.otsu(page), 254, 256}) {
                    long inkSum = 0;
                    long inkCount = 0;
                    long paperSum = 0;
                    long paperCount = 0;
                    for (byte b : page.pixels()) {
                        int v = b & 255;
                        if (v < threshold) {
                            inkSum += v;
                            inkCount++;
                        } else {
                            paperSum += v;
                            paperCount++;
                        }
                    }
                    double separation = inkCount == 0 || paperCount == 0 ? 0
                            : (double) paperSum / paperCount - (double) inkSum / inkCount;
                    assertEquals(separation, Ink.separation(page, threshold), "separation at " + threshold);
                    assertEquals(paperCount == 0 ? 255 : (int) (paperSum / paperCount), Ink.paperLevel(page, threshold),
                            "paper at " + threshold);
                }
            }
        }
    }
}
