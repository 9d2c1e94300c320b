package io.github.xxgk.internal.source.ocr;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runs along the rows and down the columns of real scanned pages are those a walk along each line finds, pixel
 * by pixel, computed here the plain way; the columns' runs are found in one pass over the rows instead.
 */
class LineRunsTest {

    /** Each line's runs as "line:start-end", walking line by line: ink at most {@code gap} paper pixels apart. */
    private static List<String> walked(Ink ink, boolean alongRows, int minLen, int gap) {
        int lines = alongRows ? ink.height() : ink.width();
        int along = alongRows ? ink.width() : ink.height();
        List<String> out = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            int start = -1;
            int last = -1;
            for (int a = 0; a <= along; a++) {
                boolean on = a < along && (alongRows ? ink.at(a, l) : ink.at(l, a));
                if (on && start >= 0 && a - last - 1 <= gap) {
                    last = a;
                } else if (on || a == along) {
                    if (start >= 0 && last + 1 - start >= minLen) {
                        out.add(l + ":" + start + "-" + (last + 1));
                    }
                    start = on ? a : -1;
                    last = a;
                }
            }
        }
        return out;
    }

    private static List<String> found(LineRuns runs) {
        List<String> out = new ArrayList<>();
        for (int l = 0; l + 1 < runs.first().length; l++) {
            for (int k = runs.first()[l]; k < runs.first()[l + 1]; k++) {
                out.add(l + ":" + runs.start()[k] + "-" + runs.end()[k]);
            }
        }
        return out;
    }

    @Test
    void runsAreThoseOfAWalkAlongEachLine() {
        for (BufferedImage img : ScanPages.two()) {
            for (GrayImage page : new GrayImage[] {GrayImage.of(img), GrayImage.darkestOf(img)}) {
                Ink ink = Ink.of(page);
                // the ruling lengths of 150 and 200 dpi, with their bridged gaps, and a short one that finds strokes
                for (int minLen : new int[] {30, 40, 12}) {
                    int gap = Math.max(2, minLen / 8);
                    List<String> rows = walked(ink, true, minLen, gap);
                    List<String> columns = walked(ink, false, minLen, gap);
                    assertTrue(rows.size() > 20 && columns.size() > 20, rows.size() + " " + columns.size());
                    assertEquals(rows, found(LineRuns.alongRows(ink, minLen, gap)), "rows, " + minLen);
                    assertEquals(columns, found(LineRuns.alongColumns(ink, minLen, gap)), "columns, " + minLen);
                }
            }
        }
    }
}
