package io.github.xxgk.source.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A page as its content stream draws it ({@link PageScanner}), with the glyphs a reader of the printed page never
 * sees ({@link GlyphVisibility}; identity set, a subset of the page's glyphs).
 */
record DrawnPage(PageObjects page, Set<Glyph> hidden) {

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
        return hiddenChars > 0 && hiddenChars * 2 > page.mappedGlyphs();
    }

    /** The page with only the glyphs that are seen: hidden text is never read as print. */
    PageObjects visible() {
        if (hidden.isEmpty()) {
            return page;
        }
        List<Glyph> seen = new ArrayList<>(page.glyphs().size());
        for (Glyph g : page.glyphs()) {
            if (!hidden.contains(g)) {
                seen.add(g);
            }
        }
        return new PageObjects(page.number(), page.width(), page.height(), page.rotation(), seen, page.rulings(),
                page.unmapped(), page.ocr());
    }
}
