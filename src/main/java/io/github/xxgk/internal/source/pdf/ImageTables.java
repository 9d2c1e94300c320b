package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.page.PageObjects;
import io.github.xxgk.internal.source.ocr.Pictures;
import io.github.xxgk.internal.source.ocr.ScannedPage;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.OcrNote;
import io.github.xxgk.internal.source.ocr.GrayImage;
import io.github.xxgk.internal.source.ocr.OcrUnavailableException;
import io.github.xxgk.internal.source.ocr.Pictures.Picture;
import org.apache.pdfbox.pdmodel.PDPage;
import technology.tabula.Ruling;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables printed as pictures inside a page that has text (a web page printed to PDF, a Word file whose tables
 * were pasted as pictures, then saved as PDF): each large picture the page draws with no text over it is read
 * by the scanned-table reader ({@link ScannedPage}) from its own pixels at its own resolution, and the cells it
 * gives are put where the picture is drawn, among the page's own glyphs and rulings. The page then reads as if
 * the table had been printed as text: its rows fall in their place by position, the title and narrative come
 * from the text layer.
 */
final class ImageTables {

    /** The smallest drawn picture that can hold a table of the forms: two inches wide, half an inch high. */
    static final float MIN_WIDTH_PT = 144;
    static final float MIN_HEIGHT_PT = 36;

    /**
     * Text over a picture means the text layer already holds what it shows (a scan with its recognised text
     * behind it, a background): more than this many glyphs inside its box and the picture is not read.
     */
    static final int MAX_GLYPHS_OVER = 4;

    private ImageTables() {
    }

    /**
     * The page with the tables of its pictures added, or the page as it was when no picture gave a table cell.
     *
     * @param page the page, for its content stream
     * @param text the page as its text layer gives it
     */
    static PageObjects read(PDPage page, PageObjects text, String name) throws XxgkException, OcrUnavailableException {
        List<DrawnImages.Drawn> drawn;
        try {
            drawn = DrawnImages.of(page, text.rotation());
        } catch (IOException | RuntimeException e) {
            throw new XxgkException(Reason.CORRUPT, name, text.number(), "cannot place the page's pictures: " + PdfReader.oneLine(e), e);
        }
        List<Glyph> glyphs = null;
        List<Ruling> rulings = null;
        Map<Glyph, OcrNote> notes = null;
        for (DrawnImages.Drawn whole : drawn) {
            DrawnImages.Drawn d = whole.clippedTo(text.width(), text.height());
            if (d == null || d.w() < MIN_WIDTH_PT || d.h() < MIN_HEIGHT_PT || glyphsOver(text, d) > MAX_GLYPHS_OVER) {
                continue;
            }
            PageObjects read = readPicture(d, text.number(), name);
            if (read.glyphs().stream().allMatch(Glyph::isSpace)) {
                continue; // a photo, a logo: no ruled table in it
            }
            if (glyphs == null) {
                glyphs = new ArrayList<>(text.glyphs());
                rulings = new ArrayList<>(text.rulings());
                notes = new IdentityHashMap<>(text.ocr());
            }
            place(read, d, glyphs, rulings, notes);
        }
        if (glyphs == null) {
            return text;
        }
        return new PageObjects(text.number(), text.width(), text.height(), text.rotation(), glyphs, rulings, text.unmapped(), notes);
    }

    private static int glyphsOver(PageObjects text, DrawnImages.Drawn d) {
        int n = 0;
        for (Glyph g : text.glyphs()) {
            if (!g.isSpace() && g.cx() > d.x() && g.cx() < d.x() + d.w() && g.cy() > d.y() && g.cy() < d.y() + d.h()) {
                n++;
            }
        }
        return n;
    }

    /** The picture's own pixels that the page shows (subsampled within {@link Limits#maxOcrPixels()}), read as a table alone. */
    private static PageObjects readPicture(DrawnImages.Drawn d, int number, String name)
            throws XxgkException, OcrUnavailableException {
        java.awt.Rectangle region = d.region();
        long pixels = (long) region.width * region.height;
        int subsampling = (int) Math.ceil(Math.sqrt((double) pixels / Limits.current().maxOcrPixels()));
        BufferedImage img;
        try {
            img = d.image().getImage(region, Math.max(1, subsampling));
        } catch (IOException | RuntimeException e) {
            throw new XxgkException(Reason.CORRUPT, name, number, "cannot decode a picture on the page: " + PdfReader.oneLine(e), e);
        }
        double dpi = img.getWidth() / (d.w() / 72.0);
        Picture p = Pictures.atScanResolution(new Picture(GrayImage.of(img), dpi));
        return ScannedPage.read(number, p.image(), p.dpi(), false, name);
    }

    /** The picture's glyphs and rulings moved from its own points to where it is drawn on the page. */
    private static void place(PageObjects read, DrawnImages.Drawn d, List<Glyph> glyphs, List<Ruling> rulings,
                              Map<Glyph, OcrNote> notes) {
        float sx = d.w() / read.width();
        float sy = d.h() / read.height();
        for (Glyph g : read.glyphs()) {
            Glyph moved = new Glyph(d.x() + g.x() * sx, d.y() + g.y() * sy, g.w() * sx, g.h() * sy, g.text(), g.size(), g.dir());
            glyphs.add(moved);
            OcrNote note = read.ocr().get(g);
            if (note != null) {
                notes.put(moved, note);
            }
        }
        for (Ruling r : read.rulings()) {
            rulings.add(new Ruling(
                    new Point2D.Float(d.x() + (float) r.getX1() * sx, d.y() + (float) r.getY1() * sy),
                    new Point2D.Float(d.x() + (float) r.getX2() * sx, d.y() + (float) r.getY2() * sy)));
        }
    }
}
