package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.pdf.layout.Lattice;
import io.github.xxgk.internal.source.pdf.page.PageObjects;
import io.github.xxgk.internal.source.ocr.ScannedPage;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.OcrMode;
import io.github.xxgk.internal.source.ocr.OcrUnavailableException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * The PDF reader's hook into OCR: a page without usable text (a scan, a picture of a table, text whose font
 * has no Unicode mapping, text that is never seen such as a searchable scan's hidden OCR layer) is rendered and
 * read by {@link ScannedPage} in place of its text layer, as {@link Limits#ocr()} says. A page with usable text
 * that draws a large picture is handed to {@link ImageTables}, which reads the tables printed as pictures in
 * their place. Where OCR is off or cannot run, the page is left as it is and the report ends needs-ocr as
 * before, with the reason.
 */
final class OcrPages {

    private final PDDocument doc;
    private final String name;
    private final OcrMode mode;
    private int count;
    private int withoutRulings;
    private int hiddenTextPages;
    private String unavailable = "";
    /** The engine's reading of the lines of the pages read from their words, in page order ({@link #lines()}). */
    private final StringBuilder lines = new StringBuilder();
    /** The preamble is on the first pages: the lines of pages after this many characters are not kept. */
    private static final int MAX_LINES = 8000;

    OcrPages(PDDocument doc, String name) {
        this.doc = doc;
        this.name = name;
        this.mode = Limits.current().ocr();
        if (mode == OcrMode.NEVER) {
            unavailable = " (OCR is off)";
        }
    }

    /**
     * The page as read: its own objects as print ({@link DrawnPage#asPrint}), or what OCR read of it. A page
     * whose text is mostly never seen ({@link DrawnPage#isHiddenText}) is read by OCR like any scan; its hidden
     * text is never read as print.
     */
    PageObjects readIfNeeded(PDPage page, int number, DrawnPage drawn) throws XxgkException {
        PageObjects scanned = drawn.asPrint();
        boolean hiddenText = drawn.isHiddenText();
        if (hiddenText) {
            hiddenTextPages++;
        }
        if (mode == OcrMode.NEVER || !unavailable.isEmpty()) {
            return scanned;
        }
        if (mode == OcrMode.AUTO && !hiddenText && usable(scanned)) {
            return DrawnImages.hasLargeImage(page) ? withImageTables(page, scanned) : scanned;
        }
        if (mode == OcrMode.AUTO && !hiddenText && !hasImages(page) && scanned.unmapped() == 0) {
            return scanned;
        }
        PageImages.Rendered r = PageImages.render(doc, number - 1, page, name);
        try {
            ScannedPage.Scan scan = ScannedPage.scan(number, r.image(), r.darkest(), r.dpi(), count == 0 && number <= 2, name);
            PageObjects read = scan.objects();
            count++;
            if (!scan.lines().isEmpty() && lines.length() < MAX_LINES) {
                lines.append(scan.lines()).append('\n');
            }
            if (Lattice.find(read).isEmpty()) {
                withoutRulings++;
            }
            return read;
        } catch (OcrUnavailableException e) {
            unavailable = " (" + e.getMessage() + ")";
            return scanned;
        }
    }

    /** A page with text whose tables may be pictures ({@link ImageTables}); counted as OCR'd when one was read. */
    private PageObjects withImageTables(PDPage page, PageObjects scanned) throws XxgkException {
        try {
            PageObjects read = ImageTables.read(page, scanned, name);
            if (read != scanned) {
                count++;
            }
            return read;
        } catch (OcrUnavailableException e) {
            unavailable = " (" + e.getMessage() + ")";
            return scanned;
        }
    }

    /** Pages rendered and read by OCR on which no ruled table was found (read as unruled tables from the engine's words). */
    int withoutRulings() {
        return withoutRulings;
    }

    /**
     * The OCR engine's own reading of the lines of the pages it read from their words (scans without ruled tables),
     * page after page: the prose as the engine read it, null when no page was read so.
     */
    String lines() {
        return lines.isEmpty() ? null : lines.toString();
    }

    /** Pages read by OCR. */
    int count() {
        return count;
    }

    /** Pages whose text is mostly never seen (a searchable scan's hidden OCR layer). */
    int hiddenTextPages() {
        return hiddenTextPages;
    }

    /** Why OCR did not read the pages that needed it, for the needs-ocr message; empty when it could have. */
    String unavailable() {
        return unavailable;
    }

    /** Text a reader can use: mostly mapped glyphs that are letters, digits or CJK, not a font's private codes. */
    static boolean usable(PageObjects p) {
        return TextLayer.of(p).isUsable();
    }

    private static boolean hasImages(PDPage page) {
        PDResources res = page.getResources();
        if (res == null) {
            return false;
        }
        for (COSName n : res.getXObjectNames()) {
            if (res.isImageXObject(n)) {
                return true;
            }
        }
        return false;
    }
}
