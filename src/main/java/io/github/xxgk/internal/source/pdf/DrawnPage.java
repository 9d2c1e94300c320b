package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.page.PageObjects;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A page as its content stream draws it ({@link PageScanner}), with the glyphs a reader of the printed page never
 * sees ({@link GlyphVisibility}; identity sets, subsets of the page's glyphs): {@code hidden} all of them,
 * {@code unpainted} those drawn so that they paint nothing (invisible rendering mode, no alpha); {@code sole} the
 * one picture the page paints when it paints nothing else ({@link SoleImage}), else null.
 */
record DrawnPage(PageObjects page, Set<Glyph> hidden, Set<Glyph> unpainted, SoleImage.Placed sole) {

    /** Characters of the page (spaces aside) that are never seen. */
    int hiddenChars() {
        int n = 0;
        for (Glyph g : page.glyphs()) {
            if (!g.isSpace() && hidden.contains(g)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Most of the page's characters are never seen: its text layer is somebody else's reading of pictures (a
     * searchable scan), not print, and the page must be read as the scan it is. A few hidden words on a page of
     * print (a watermark, an index term) leave it a page of print.
     */
    boolean isHiddenText() {
        int hiddenChars = hiddenChars();
        return hiddenChars > 0 && hiddenChars * 2 > TextLayer.of(page).mapped();
    }

    /**
     * The page as print: on a page of hidden text, only what is seen; on a page of print, all but the text that
     * paints nothing (a hidden index term, an invisible watermark, a hidden OCR layer over one of its pictures).
     * A page of print keeps its own text that a clip cuts (a number overflowing its table cell) or that a picture
     * is stamped over (a seal over the signature): that is still the report's text, as typed.
     */
    PageObjects asPrint() {
        Set<Glyph> drop = isHiddenText() ? hidden : unpainted;
        if (drop.isEmpty()) {
            return page;
        }
        List<Glyph> kept = new ArrayList<>(page.glyphs().size());
        for (Glyph g : page.glyphs()) {
            if (!drop.contains(g)) {
                kept.add(g);
            }
        }
        return new PageObjects(page.number(), page.width(), page.height(), page.rotation(), kept, page.rulings(),
                page.unmapped(), page.ocr());
    }
}
