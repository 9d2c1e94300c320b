package io.github.xxgk.internal.source.pdf.page;

import technology.tabula.Ruling;

import io.github.xxgk.report.OcrNote;

import java.util.List;
import java.util.Map;

/**
 * What one page holds for table reading: its glyphs (display coordinates, duplicates of fake-bold text
 * removed), its ruling lines, and how many glyphs had no Unicode mapping.
 *
 * @param number   1-based page number
 * @param rotation the rotation applied to reach display coordinates (the page's /Rotate, plus a turn when the
 *                 text ran sideways)
 * @param ocr      for a page read by OCR, each glyph's note (a glyph is then a whole cell's or line's text);
 *                 identity-keyed, empty for a born-digital page
 */
public record PageObjects(int number, float width, float height, int rotation, List<Glyph> glyphs, List<Ruling> rulings,
                          int unmapped, Map<Glyph, OcrNote> ocr) {

    public PageObjects(int number, float width, float height, int rotation, List<Glyph> glyphs, List<Ruling> rulings,
                       int unmapped) {
        this(number, width, height, rotation, glyphs, rulings, unmapped, Map.of());
    }
}
