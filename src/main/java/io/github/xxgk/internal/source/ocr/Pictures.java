package io.github.xxgk.internal.source.ocr;

import io.github.xxgk.internal.source.pdf.page.PageObjects;
import io.github.xxgk.internal.source.pdf.layout.PdfLayout;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.internal.guard.Checkpoint;
import io.github.xxgk.internal.source.model.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * Pictures that are not inside a PDF — image files, the table pictures of a saved web page or a Word file —
 * read by the same OCR table reader as a scanned PDF page ({@link ScannedPage}) and laid out into rows by the
 * same code ({@link PdfLayout}), so a table over two pictures (two pages of a multi-page TIFF) is joined as
 * it would be over a page break.
 */
public final class Pictures {

    /** A picture with the resolution it was made at, which turns its pixels into points. */
    public record Picture(GrayImage image, double dpi) {
        public Picture {
            if (!(dpi > 0)) {
                throw new IllegalArgumentException("resolution must be positive: " + dpi);
            }
        }
    }

    private Pictures() {
    }

    /** The resolution a picture made for the screen is enlarged to: that of a good scan. */
    static final double SCAN_DPI = 200;

    /**
     * A picture made at screen resolution (glyphs about 14 px high) enlarged to that of a scan, so that the
     * ruling finder, the cell insets and the glyph-height scaling of the cell reader see what they see on a
     * scanned page: one smooth enlargement of the whole picture keeps the strokes whole where thresholding
     * first would break them.
     */
    public static Picture atScanResolution(Picture p) {
        if (p.dpi() >= ScannedPage.MIN_DPI) {
            return p;
        }
        double f = SCAN_DPI / p.dpi();
        return new Picture(p.image().scaledPadded(f, 0), p.dpi() * f);
    }

    /**
     * A picture that stands for one table cell (a number pasted as a picture into a Word table), read as the
     * scanned-table reader reads a cell: number or label by the shape of its print, numbers at two glyph heights,
     * with the engine's confidence and any second reading.
     */
    public static CellText cell(Picture picture) throws OcrUnavailableException {
        Picture q = atScanResolution(picture);
        GrayImage img = q.image();
        Ink ink = Ink.of(img, Ink.otsu(img));
        return new CellReader(OcrEngine.forThisThread(), img, ink, 0).read(0, 0, img.width(), img.height());
    }

    /**
     * @param pictures  the pictures in reading order, one page each
     * @param withTitle whether the lines above the first table of the first picture hold the report's title
     *                  (a page), or the picture is a table alone (a web page's text gives the title)
     * @param name      the input's name, for the deadline checks and messages
     */
    public static List<Row> rows(List<Picture> pictures, boolean withTitle, String name)
            throws OcrUnavailableException, XxgkException {
        return read(pictures, withTitle, name).rows();
    }

    /**
     * The rows of the pictures, and the engine's own reading of the lines of those read from their words
     * ({@link ScannedPage.Scan#lines}), page after page; null where none was.
     */
    public record Read(List<Row> rows, String lines) {
    }

    /** As {@link #rows}, with the engine's reading of the lines. */
    public static Read read(List<Picture> pictures, boolean withTitle, String name)
            throws OcrUnavailableException, XxgkException {
        List<PageObjects> pages = new ArrayList<>(pictures.size());
        StringBuilder lines = new StringBuilder();
        int number = 0;
        for (Picture p : pictures) {
            number++;
            Checkpoint.check(name, number);
            Picture q = atScanResolution(p);
            ScannedPage.Scan scan = ScannedPage.scan(number, q.image(), null, q.dpi(), withTitle && number == 1, name);
            pages.add(scan.objects());
            if (!scan.lines().isEmpty()) {
                lines.append(scan.lines()).append('\n');
            }
        }
        return new Read(PdfLayout.rows(pages), lines.isEmpty() ? null : lines.toString());
    }
}
