package io.github.xxgk.internal.source.ocr;

import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.layout.Grid;
import io.github.xxgk.internal.source.pdf.layout.Lattice;
import io.github.xxgk.internal.source.pdf.page.PageObjects;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.internal.guard.Checkpoint;
import io.github.xxgk.report.OcrNote;
import technology.tabula.Rectangle;
import technology.tabula.Ruling;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page image turned into the same {@link PageObjects} a born-digital page gives, so that the lattice reader,
 * the tables over page breaks and everything downstream serve scans unchanged: the page is straightened from
 * its ruling lines, the lines become rulings, tabula's lattice finds the cells they enclose (merged cells fall
 * out of that), and each cell is read on its own ({@link CellReader}) into one glyph that holds the cell's
 * text, with its {@link OcrNote}. The lines above the first table of the report's first page are read too:
 * they hold the title, agency and year. Coordinates are in points, from the image's resolution.
 */
public final class ScannedPage {

    /** The least resolution a page is read at: a PDF page is rendered at no less, a picture below it is enlarged. */
    public static final double MIN_DPI = 150;

    /** Lines of text read above the first table: the title and what follows it closely. */
    private static final int TITLE_LINES = 3;

    /** The shortest ruling line: a fifth of an inch (14 pt), more than a glyph of body text is high. */
    public static final double MIN_RULING_INCH = 0.2;

    /**
     * The narrowest table: the strokes of a large bold title (a 22 pt glyph is 0.3 inch high) pass as rulings
     * and enclose "cells" a glyph wide; no table of a report is narrower than an inch.
     */
    static final double MIN_TABLE_INCH = 1.0;

    /**
     * The least mean row height of a table, in points: every row holds a line of print. The strokes of a wide bold
     * title (a heading over a table printed without rules) enclose "rows" a stroke apart, five in one glyph's height;
     * taken for a table, they would hide the page's words from the unruled reader.
     */
    static final double MIN_ROW_POINTS = 6;

    private ScannedPage() {
    }

    /**
     * @param number    1-based page number
     * @param image     the page
     * @param dpi       its resolution, for the conversion to points
     * @param withTitle whether to read the lines above the first table (the report's first page)
     * @param source    the input's name, for the deadline checks between cells
     */
    public static PageObjects read(int number, GrayImage image, double dpi, boolean withTitle, String source)
            throws OcrUnavailableException, XxgkException {
        return read(number, image, null, dpi, withTitle, source);
    }

    /**
     * @param darkest the page with its colour ink kept ({@link GrayImage#darkestOf}), or null when it has none:
     *                a ruling line hidden under a seal's stroke is bridged where the seal covers it
     */
    public static PageObjects read(int number, GrayImage image, GrayImage darkest, double dpi, boolean withTitle, String source)
            throws OcrUnavailableException, XxgkException {
        return scan(number, image, darkest, dpi, withTitle, source).objects();
    }

    /**
     * A page as read, and the engine's own reading of its lines where the page was read from its words (a page
     * without ruled tables, {@link UnruledPage#lines}); empty otherwise.
     */
    public record Scan(PageObjects objects, String lines) {
    }

    /** As {@link #read(int, GrayImage, GrayImage, double, boolean, String)}, with the engine's reading of the lines. */
    public static Scan scan(int number, GrayImage image, GrayImage darkest, double dpi, boolean withTitle, String source)
            throws OcrUnavailableException, XxgkException {
        OcrEngine engine = OcrEngine.forThisThread();
        int threshold = Ink.otsu(image);
        double separation = Ink.separation(image, threshold);
        if (separation < NO_PRINT) {
            // print and paper not apart at all: a blank page whose threshold split the paper's own noise
            return new Scan(new PageObjects(number, (float) (image.width() * 72.0 / dpi), (float) (image.height() * 72.0 / dpi), 0,
                    List.of(), List.of(), 0, Map.of()), "");
        }
        double trust = trust(separation);
        double angle = Deskew.angle(Ink.of(image, threshold));
        GrayImage page = Deskew.straighten(image, angle);
        Ink ink = Ink.of(page, threshold);
        float s = (float) (72.0 / dpi);
        List<Ruling> rulings = new ArrayList<>();
        Ink cover = darkest == null ? null : Ink.of(Deskew.straighten(darkest, angle), threshold);
        for (Segment seg : RulingFinder.find(ink, cover, (int) Math.round(dpi * MIN_RULING_INCH))) {
            float p = (float) seg.pos() * s;
            rulings.add(seg.horizontal()
                    ? new Ruling(new Point2D.Float(seg.start() * s, p), new Point2D.Float(seg.end() * s, p))
                    : new Ruling(new Point2D.Float(p, seg.start() * s), new Point2D.Float(p, seg.end() * s)));
        }
        float width = page.width() * s;
        float height = page.height() * s;
        PageObjects lines = new PageObjects(number, width, height, 0, List.of(), rulings, 0);
        List<Grid> grids = new ArrayList<>(Lattice.find(lines));
        List<Ruling> found = rulings;
        if (grids.removeIf(g -> g.right() - g.left() < 72 * MIN_TABLE_INCH || (g.bottom() - g.top()) / g.rows() < MIN_ROW_POINTS
                || !spanned(g, found))) {
            // the glyph strokes must not come back as a table when the page's rulings are read again
            rulings = withinTables(rulings, grids);
        }
        List<Glyph> glyphs = new ArrayList<>();
        Map<Glyph, OcrNote> notes = new IdentityHashMap<>();
        CellReader reader = new CellReader(engine, page, ink, cover, Math.max(2, (int) Math.round(dpi / 45)));
        float size = (float) (10.5);
        for (Grid g : grids) {
            List<Grid.GridCell> cells = g.cells();
            CellText[] read = new CellText[cells.size()];
            for (int i = 0; i < read.length; i++) {
                Checkpoint.check(source, number);
                Rectangle r = cells.get(i).rect();
                read[i] = reader.read(px(r.getLeft(), s), px(r.getTop(), s), px(r.getRight(), s), px(r.getBottom(), s));
            }
            read = RowOfNumbers.settle(cells, read);
            for (int i = 0; i < read.length; i++) {
                Rectangle r = cells.get(i).rect();
                int x0 = px(r.getLeft(), s);
                int y0 = px(r.getTop(), s);
                int x1 = px(r.getRight(), s);
                int y1 = px(r.getBottom(), s);
                CellText t = read[i];
                // one glyph for the whole cell, centred in it, so that it falls into this cell alone; a cell blank
                // for certain (no ink at all) gets a space, which carries its note but no text
                float cx = (r.getLeft() + r.getRight()) / 2;
                float cy = (r.getTop() + r.getBottom()) / 2;
                String text = t == CellText.BLANK ? " " : t.text().isEmpty() ? "?" : t.text();
                Glyph glyph = new Glyph(cx - 1, cy - 1, 2, 2, text, size, 0);
                glyphs.add(glyph);
                notes.put(glyph, new OcrNote((float) (t.confidence() * trust), t.otherReading(), t.why(),
                        CellCrops.of(page, x0, y0, x1, y1)));
            }
        }
        String engineLines = "";
        if (grids.isEmpty()) {
            // no ruled table: the page's words, as glyphs the unruled reader lays out (title lines among them);
            // no ruling to clear from a word's box, so no inset
            engineLines = UnruledPage.read(engine, page, ink, new CellReader(engine, page, ink, 0), s, trust, glyphs, notes);
        } else if (withTitle) {
            int bottom = (int) (grids.get(0).top() / s);
            readLines(engine, page, ink, bottom, s, glyphs, notes);
        }
        return new Scan(new PageObjects(number, width, height, 0, glyphs, rulings, 0, notes), engineLines);
    }

    /**
     * Print and paper less than this many grey levels apart: the page has no print (a blank page's noise gives 1-2;
     * a phone photo of a page in poor light, 60-70).
     */
    static final double NO_PRINT = 20;

    /** Print and paper at least this many grey levels apart: the engine's confidence is taken as it is. */
    static final double FULL_SEPARATION = 120;

    /**
     * How far the engine's confidence is to be believed on a page whose print and paper are {@code separation}
     * grey levels apart. Tesseract reads a faint, blurred page (a phone photo in poor light) with high confidence
     * and wrong digits (8 for 3, at every glyph height); its confidence says how well glyphs fit its model, not how
     * well the page shows them. Below {@link #FULL_SEPARATION} every reading's confidence is scaled down in
     * proportion, so that on such a page check OCR names the cells, which no relation may cover (t2 has no sums).
     */
    static double trust(double separation) {
        return Math.min(1, separation / FULL_SEPARATION);
    }

    /**
     * Whether a horizontal ruling runs across at least half of the grid, as a table's border does. The strokes of
     * a large bold title (each a glyph wide, 2023年政府信息公开工作年度报告 at 22 pt) line up into a "grid" as wide
     * as the title, and no stroke of it runs further than its glyph.
     */
    private static boolean spanned(Grid g, List<Ruling> rulings) {
        float width = g.right() - g.left();
        for (Ruling r : rulings) {
            if (r.horizontal() && r.getTop() >= g.top() - 3 && r.getTop() <= g.bottom() + 3
                    && Math.min(r.getRight(), g.right()) - Math.max(r.getLeft(), g.left()) >= width / 2) {
                return true;
            }
        }
        return false;
    }

    /** The rulings that lie in one of the tables, to 3 points (a ruling's ends overshoot). */
    private static List<Ruling> withinTables(List<Ruling> rulings, List<Grid> grids) {
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : rulings) {
            for (Grid g : grids) {
                if (r.getLeft() >= g.left() - 3 && r.getRight() <= g.right() + 3
                        && r.getTop() >= g.top() - 3 && r.getBottom() <= g.bottom() + 3) {
                    out.add(r);
                    break;
                }
            }
        }
        return out;
    }

    private static int px(float points, float s) {
        return Math.round(points / s);
    }

    /** The first lines of text above {@code bottom}, each read as one paragraph line. */
    private static void readLines(OcrEngine engine, GrayImage page, Ink ink, int bottom, float s, List<Glyph> glyphs,
                                  Map<Glyph, OcrNote> notes) {
        int margin = page.width() / 20;
        InkBox box = InkBox.of(ink, margin, margin, page.width() - margin, Math.max(margin + 1, bottom - 2));
        if (box == null) {
            return;
        }
        int n = 0;
        for (int[] line : box.lines()) {
            int h = line[1] - line[0];
            if (h < 6) {
                continue;
            }
            List<int[]> cols = new InkBox(box.x0(), line[0], box.x1(), line[1], List.of(line)).columns(ink, 0);
            if (cols.isEmpty()) {
                continue;
            }
            int x0 = cols.get(0)[0];
            int x1 = cols.get(cols.size() - 1)[1];
            GrayImage crop = page.crop(x0 - 3, line[0] - 3, x1 + 3, line[1] + 3);
            Reading rd = engine.label(crop.scaledPadded((double) CellReader.LABEL_HEIGHT / h, 12));
            String text = CellReader.cjk(rd.text());
            if (text.isEmpty()) {
                continue;
            }
            Glyph glyph = new Glyph(x0 * s, line[0] * s, (x1 - x0) * s, h * s, text, h * s, 0);
            glyphs.add(glyph);
            notes.put(glyph, new OcrNote(rd.confidence(), null));
            if (++n == TITLE_LINES) {
                break;
            }
        }
    }
}
