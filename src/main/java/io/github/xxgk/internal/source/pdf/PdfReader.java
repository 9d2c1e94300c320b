package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.pdf.page.PageObjects;
import io.github.xxgk.internal.source.pdf.layout.PdfLayout;

import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import io.github.xxgk.internal.guard.Checkpoint;
import io.github.xxgk.report.Limits;
import io.github.xxgk.internal.source.model.Hints;
import io.github.xxgk.report.InputKind;
import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Opens a PDF and turns it into rows; every way a PDF can fail becomes one clear {@link XxgkException}. */
final class PdfReader {

    static {
        // before any PDFBox font class loads: keeps PDFBox from listing the system's fonts (see BundledFonts)
        BundledFonts.install();
    }

    private PdfReader() {
    }

    public static SourceDocument read(byte[] content, String name) throws XxgkException {
        try (PDDocument doc = open(content, name)) {
            int n = doc.getNumberOfPages();
            if (n == 0) {
                throw new XxgkException(Reason.CORRUPT, name, "corrupt PDF: no pages");
            }
            int maxPages = Limits.current().maxPdfPages();
            if (n > maxPages) {
                throw new XxgkException(Reason.TOO_LARGE, name, "PDF of " + n + " pages, more than the limit of " + maxPages
                        + " (an annual report has tens of pages; Limits.maxPdfPages raises the limit)");
            }
            List<PageObjects> pages;
            SourceDocument document;
            int pageNo = 0;
            try (OcrPages ocr = new OcrPages(doc, name)) {
                try {
                    for (PDPage page : doc.getPages()) {
                        pageNo++;
                        Checkpoint.check(name, pageNo);
                        ocr.read(page, pageNo, PageScanner.scanDrawn(page, pageNo));
                    }
                } catch (IOException | RuntimeException e) {
                    // a page handed out before this one that failed too is the file's first failure
                    ocr.pages();
                    throw failure(e, name, pageNo);
                }
                pages = ocr.pages();
                document = document(doc, name, n, pages, ocr);
            }
            return document;
        } catch (IOException e) {
            // closing failed after a successful read: nothing to report
            throw new XxgkException(Reason.IO, name, null, "could not close PDF: " + oneLine(e), e);
        }
    }

    /** The document of the pages as read. */
    private static SourceDocument document(PDDocument doc, String name, int n, List<PageObjects> pages, OcrPages ocr)
            throws XxgkException {
        if (ocr.count() == 0) {
            checkTextLayer(pages, name, hiddenNote(ocr.hiddenTextPages(), n) + ocr.unavailable());
        }
        List<Row> rows = PdfLayout.rows(pages);
        // an export keeps the document's title; where the first page lost the printed title it still names the report
        String title = doc.getDocumentInformation().getTitle();
        Hints hints = new Hints(null, null, ocr.count(), ocr.withoutRulings()).withOcrLines(ocr.lines());
        return new SourceDocument(name, InputKind.PDF, rows, n,
                title == null || title.isBlank() ? hints : hints.withDocumentTitle(title.strip()));
    }

    /** A failure while reading page {@code pageNo} (0: before any page) as the file's error. */
    static XxgkException failure(Exception e, String name, int pageNo) {
        if (scratchFull(e)) {
            return new XxgkException(Reason.TOO_LARGE, name, pageNo == 0 ? null : pageNo,
                    "PDF needs more scratch memory than the limit: " + oneLine(e), e);
        }
        return new XxgkException(Reason.CORRUPT, name, pageNo == 0 ? null : pageNo, "corrupt PDF: " + oneLine(e), e);
    }

    /** PDFBox's memory setting under these limits: main memory first, then a capped temp file. */
    private static MemoryUsageSetting pdfMemory(Limits limits) {
        return MemoryUsageSetting.setupMixed(limits.pdfMainMemoryBytes(), limits.pdfMainMemoryBytes() + limits.pdfTempFileBytes());
    }

    private static PDDocument open(byte[] content, String name) throws XxgkException {
        PDDocument doc;
        try {
            doc = PDDocument.load(content, "", null, null, pdfMemory(Limits.current()));
        } catch (InvalidPasswordException e) {
            throw new XxgkException(Reason.ENCRYPTED, name, null, "encrypted PDF: it needs a password to open", e);
        } catch (IOException | RuntimeException e) {
            if (scratchFull(e)) {
                throw new XxgkException(Reason.TOO_LARGE, name, null, "PDF needs more scratch memory than the limit: " + oneLine(e), e);
            }
            throw new XxgkException(Reason.CORRUPT, name, null, "corrupt PDF: " + oneLine(e), e);
        }
        if (doc.isEncrypted()) {
            // an owner password only restricts copying or printing; the text is readable
            doc.setAllSecurityToBeRemoved(true);
        }
        return doc;
    }

    /**
     * A report whose pages have no text, or whose glyphs mostly have no Unicode mapping, can't be read without
     * OCR; saying so beats guessing.
     */
    private static void checkTextLayer(List<PageObjects> pages, String name, String ocrOff) throws XxgkException {
        TextLayer layer = TextLayer.of(pages);
        if (layer.isEmpty()) {
            throw new XxgkException(Reason.NEEDS_OCR, name, "no text layer, needs OCR" + ocrOff);
        }
        if (!layer.isUsable()) {
            int unmapped = layer.unmapped();
            throw new XxgkException(Reason.NEEDS_OCR, name,
                    "no text layer, needs OCR (the text has no Unicode mapping: " + unmapped + " of " + (layer.mapped() + unmapped)
                            + " glyphs unmapped)" + ocrOff);
        }
    }

    /** Why a PDF whose text is mostly never seen has no text layer to read, for the needs-ocr message. */
    private static String hiddenNote(int hiddenPages, int pages) {
        return hiddenPages == 0 ? "" : " (the text of " + hiddenPages + " of " + pages
                + " pages is never seen: another program's OCR of the page pictures, not what the page prints)";
    }

    /** PDFBox's scratch file hit {@link Limits#pdfTempFileBytes()}. */
    private static boolean scratchFull(Throwable e) {
        String m = e.getMessage();
        return m != null && m.contains("Maximum allowed scratch file memory exceeded");
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 160 ? m.substring(0, 157) + "..." : m;
    }
}
