package io.github.xxgk.source.pdf;

import technology.tabula.Ruling;

import java.util.List;

/**
 * What one page holds for table reading: its glyphs (display coordinates, duplicates of fake-bold text
 * removed), its ruling lines, and how many glyphs had no Unicode mapping.
 *
 * @param number   1-based page number
 * @param rotation the rotation applied to reach display coordinates (the page's /Rotate, plus a turn when the
 *                 text ran sideways)
 */
public record PageObjects(int number, float width, float height, int rotation, List<Glyph> glyphs, List<Ruling> rulings,
                   int unmapped) {

    int mappedGlyphs() {
        int n = 0;
        for (Glyph g : glyphs) {
            if (!g.isSpace()) {
                n++;
            }
        }
        return n;
    }
}
