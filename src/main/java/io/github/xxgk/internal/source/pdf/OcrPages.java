package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.pdf.layout.Lattice;
import io.github.xxgk.internal.source.pdf.page.PageObjects;
import io.github.xxgk.internal.source.ocr.OcrEngine;
import io.github.xxgk.internal.source.ocr.ScannedPage;
import io.github.xxgk.internal.work.InOrder;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.OcrMode;
import io.github.xxgk.internal.source.ocr.OcrUnavailableException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

import java.util.ArrayList;
import java.util.List;

/**
 * The PDF reader's hook into OCR: a page without usable text (a scan, a picture of a table, text whose font
 * has no Unicode mapping, text that is never seen such as a searchable scan's hidden OCR layer) is rendered and
 * read by {@link ScannedPage} in place of its text layer, as {@link Limits#ocr()} says. A page with usable text
 * that draws a large picture is handed to {@link ImageTables}, which reads the tables printed as pictures in
 * their place. Where OCR is off or cannot run, the page is left as it is and the report ends needs-ocr as
 * before, with the reason.
 *
 * <p>The pages are handed in one after another ({@link #read}); a page to be read by OCR is rendered here and
 * handed out ({@link InOrder}), so that an idle worker of the batch may read it while this thread goes on to the
 * next; {@link #pages} takes them back in page order. What a page's reading adds to the whole (the count, the
 * engine's lines, the pages without rulings) is added then, in page order, so the result is the same however
 * many threads read the pages.
 */
final class OcrPages implements AutoCloseable {

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
    /** The pages handed in, in order: each is a {@link PageObjects} or a {@link Pending} read. */
    private final List<Object> handed = new ArrayList<>();
    private boolean engineLoaded;
    private final InOrder<ScannedPage.Scan> scans;

    /** A page handed out to be read by OCR: the index of its reading, and the page's own objects. */
    private record Pending(int scan, int number, PageObjects print) {
    }

    OcrPages(PDDocument doc, String name) {
        this.doc = doc;
        this.name = name;
        this.mode = Limits.current().ocr();
        if (mode == OcrMode.NEVER) {
            unavailable = " (OCR is off)";
        }
        this.scans = new InOrder<>(name);
    }

    /**
     * Hands in the next page: its own objects as print ({@link DrawnPage#asPrint}), or what OCR reads of it, now
     * or once it is handed out and read. A page whose text is mostly never seen ({@link DrawnPage#isHiddenText})
     * is read by OCR like any scan; its hidden text is never read as print.
     */
    void read(PDPage page, int number, DrawnPage drawn) throws XxgkException {
        PageObjects print = drawn.asPrint();
        boolean hiddenText = drawn.isHiddenText();
        if (hiddenText) {
            hiddenTextPages++;
        }
        if (mode == OcrMode.NEVER || !unavailable.isEmpty()) {
            handed.add(print);
            return;
        }
        if (mode == OcrMode.AUTO && !hiddenText && usable(print)) {
            handed.add(DrawnImages.hasLargeImage(page) ? withImageTables(page, print) : print);
            return;
        }
        if (mode == OcrMode.AUTO && !hiddenText && !hasImages(page) && print.unmapped() == 0) {
            handed.add(print);
            return;
        }
        if (!engineLoaded) {
            // made on this thread before any page is handed out: a missing engine is known at the first page to
            // scan, and every later page is left as it is
            try {
                OcrEngine.forThisThread();
                engineLoaded = true;
            } catch (OcrUnavailableException e) {
                unavailable = " (" + e.getMessage() + ")";
                handed.add(print);
                return;
            }
        }
        scans.awaitRoom(number);
        PageImages.Rendered r = PageImages.render(doc, number - 1, page, drawn.sole(), name);
        boolean withTitle = count == 0 && number <= 2;
        count++;
        handed.add(new Pending(scans.submit(() -> ScannedPage.scan(number, r.image(), r.darkest(), r.dpi(), withTitle, name)),
                number, print));
    }

    /**
     * The pages as read, in page order, once every page handed out is read.
     *
     * @throws XxgkException a page's failure, the first in page order: a timeout, or a page OCR could not read
     *                       (corrupt, with its page number)
     */
    List<PageObjects> pages() throws XxgkException {
        List<PageObjects> out = new ArrayList<>(handed.size());
        for (Object o : handed) {
            if (!(o instanceof Pending p)) {
                out.add((PageObjects) o);
                continue;
            }
            if (!unavailable.isEmpty()) {
                // a page handed out before the engine failed on an earlier one is left as it is, as it would have been
                count--;
                out.add(p.print());
                continue;
            }
            out.add(taken(p));
        }
        handed.clear();
        return out;
    }

    private PageObjects taken(Pending p) throws XxgkException {
        ScannedPage.Scan scan;
        try {
            scan = scans.take(p.scan(), p.number());
        } catch (OcrUnavailableException e) {
            unavailable = " (" + e.getMessage() + ")";
            count--;
            return p.print();
        } catch (XxgkException e) {
            throw e;
        } catch (RuntimeException e) {
            throw PdfReader.failure(e, name, p.number());
        } catch (Exception e) {
            throw new IllegalStateException("a page's reading throws no other checked exception", e);
        }
        PageObjects objects = scan.objects();
        if (!scan.lines().isEmpty() && lines.length() < MAX_LINES) {
            lines.append(scan.lines()).append('\n');
        }
        if (Lattice.find(objects).isEmpty()) {
            withoutRulings++;
        }
        return objects;
    }

    /** Gives up the pages handed out and not yet taken (the read failed or ran out of time). */
    @Override
    public void close() {
        scans.close();
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
