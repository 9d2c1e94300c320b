package io.github.xxgk.source.pdf;

import io.github.xxgk.source.Cell;
import io.github.xxgk.source.OcrNote;
import io.github.xxgk.source.Row;
import io.github.xxgk.source.ocr.GrayImage;
import io.github.xxgk.source.ocr.OcrEngine;
import io.github.xxgk.source.ocr.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scanned page without ruling lines (an unruled table, or prose) read as Tesseract's words, each turned into
 * glyphs with their boxes, so that the unruled PDF reader ({@code source.pdf.stream}) finds its columns and
 * rows exactly as on a born-digital page. Best effort: the words come from one whole-page reading, so every
 * glyph keeps its word's confidence, and {@link PdfLayout} gives each cell of such a page the page's worst
 * note (a page read this way is as doubtful as its least sure word).
 */
final class UnruledPage {

    /** Words of the page's margin band (a fiftieth of its width) are scanner noise. */
    private static final int MARGIN_DIVISOR = 50;

    private UnruledPage() {
    }

    /**
     * The unruled reader's blocks of a page whose free glyphs were read by OCR word by word, each cell (blank ones
     * too: a dropped word leaves a blank that a sum would read as 0) with the worst note of those glyphs; the
     * blocks as they are on any other page. The reader's tokens do not keep their glyphs, so the page's worst
     * word stands for every cell: a doubtful page is flagged whole.
     */
    static List<Block> noted(List<Block> blocks, PageObjects page, List<Glyph> free) {
        if (page.ocr().isEmpty() || blocks.isEmpty()) {
            return blocks;
        }
        OcrNote worst = null;
        for (Glyph g : free) {
            worst = OcrNote.worse(worst, page.ocr().get(g));
        }
        if (worst == null) {
            return blocks; // the free glyphs are the page's own text (pictures read elsewhere on it)
        }
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            List<Row> rows = new ArrayList<>(b.rows().size());
            for (Row r : b.rows()) {
                if (!r.tableRow()) {
                    rows.add(r);
                    continue;
                }
                List<Cell> cells = new ArrayList<>(r.cells().size());
                for (Cell c : r.cells()) {
                    cells.add(c.continuation() ? c : Cell.ocr(c.text(), worst));
                }
                rows.add(new Row(cells, r.page(), r.tableRow(), r.flow()));
            }
            out.add(new Block(b.top(), rows));
        }
        return out;
    }

    /**
     * Appends the page's words as glyphs, one per character, spread evenly over the word's box.
     *
     * @param s points per pixel
     */
    static void words(OcrEngine engine, GrayImage page, float s, List<Glyph> glyphs, Map<Glyph, OcrNote> notes) {
        int margin = page.width() / MARGIN_DIVISOR;
        for (Word w : engine.words(page)) {
            String text = w.text().strip();
            if (text.isEmpty() || w.x1() < margin || w.x0() > page.width() - margin) {
                continue;
            }
            int[] cps = text.codePoints().toArray();
            float x = w.x0() * s;
            float cw = (w.x1() - w.x0()) * s / cps.length;
            float y = w.y0() * s;
            float h = Math.max(1, w.y1() - w.y0()) * s;
            OcrNote note = new OcrNote(w.confidence(), null);
            for (int i = 0; i < cps.length; i++) {
                Glyph g = new Glyph(x + i * cw, y, cw, h, new String(Character.toChars(cps[i])), h, 0);
                glyphs.add(g);
                notes.put(g, note);
            }
        }
    }
}
