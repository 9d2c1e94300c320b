package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.page.PageObjects;

import java.util.List;

/**
 * How much of a text layer a reader can use: glyphs with a Unicode mapping (spaces aside), glyphs without one,
 * and mapped glyphs in a character a report is written in ({@link Glyph#isReadable}). One rule decides for a page
 * (does OCR replace it?) and for a whole PDF (is it needs-ocr?).
 */
record TextLayer(int mapped, int unmapped, int readable) {

    static TextLayer of(PageObjects page) {
        int mapped = 0;
        int readable = 0;
        for (Glyph g : page.glyphs()) {
            if (g.isSpace()) {
                continue;
            }
            mapped++;
            if (g.isReadable()) {
                readable++;
            }
        }
        return new TextLayer(mapped, page.unmapped(), readable);
    }

    static TextLayer of(List<PageObjects> pages) {
        TextLayer sum = new TextLayer(0, 0, 0);
        for (PageObjects p : pages) {
            TextLayer t = of(p);
            sum = new TextLayer(sum.mapped + t.mapped, sum.unmapped + t.unmapped, sum.readable + t.readable);
        }
        return sum;
    }

    /** No glyph at all, mapped or not. */
    boolean isEmpty() {
        return mapped == 0 && unmapped == 0;
    }

    /** Mostly mapped glyphs, mostly readable: not a font's private codes. */
    boolean isUsable() {
        return mapped > 0 && unmapped <= mapped && readable * 2 >= mapped;
    }
}
