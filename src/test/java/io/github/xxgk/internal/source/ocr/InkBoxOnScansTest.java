package io.github.xxgk.internal.source.ocr;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On real scanned pages, a region's print box spans exactly the columns with ink in its lines: the first and the
 * last such column, counted here pixel by pixel over every column of the region.
 */
class InkBoxOnScansTest {

    @Test
    void theBoxSpansTheColumnsWithInkInItsLines() {
        int boxes = 0;
        for (BufferedImage img : ScanPages.two()) {
            Ink ink = Ink.of(GrayImage.of(img));
            // regions the size of a cell or so, tiling the page, and some straddling a ruling
            for (int y0 = 0; y0 + 60 <= ink.height(); y0 += 47) {
                for (int x0 = 0; x0 + 160 <= ink.width(); x0 += 113) {
                    InkBox box = InkBox.of(ink, x0, y0, x0 + 160, y0 + 60);
                    if (box == null) {
                        continue;
                    }
                    int first = Integer.MAX_VALUE;
                    int last = -1;
                    for (int[] line : box.lines()) {
                        for (int x = x0; x < x0 + 160; x++) {
                            for (int y = line[0]; y < line[1]; y++) {
                                if (ink.at(x, y)) {
                                    first = Math.min(first, x);
                                    last = Math.max(last, x + 1);
                                }
                            }
                        }
                    }
                    assertEquals(first, box.x0(), "region at " + x0 + "," + y0);
                    assertEquals(last, box.x1(), "region at " + x0 + "," + y0);
                    boxes++;
                }
            }
        }
        assertTrue(boxes > 200, boxes + " boxes with print");
    }
}
