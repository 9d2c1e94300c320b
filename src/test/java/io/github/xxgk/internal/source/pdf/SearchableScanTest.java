package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.report.Report;
import io.github.xxgk.report.ReportCell;
import io.github.xxgk.Truth;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.OcrMode;
import io.github.xxgk.internal.source.pdf.layout.Grid;
import io.github.xxgk.internal.source.pdf.layout.Lattice;
import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.page.PageObjects;
import io.github.xxgk.internal.source.ocr.OcrEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Text that is never seen is not print. fixtures/pdf/searchable-scan.pdf is page 1 of 012/scan.pdf made searchable
 * the way scanner software does it: {@code qpdf scan.pdf --pages . 1 -- p1.pdf; ocrmypdf -l chi_sim+eng
 * --output-type pdf p1.pdf searchable-scan.pdf} (ocrmypdf 14.0.1, Tesseract 5): the page's picture with
 * Tesseract's whole-page guess laid over it in rendering mode 3. Its page holds the title and table 二 but for
 * its last row (收费, on page 2): 9 of 012's 10 t2 cells.
 */
class SearchableScanTest {

    private static final Path SEARCHABLE = Path.of("fixtures/pdf/searchable-scan.pdf");

    @AfterAll
    static void close() {
        OcrEngine.closeAll();
    }

    @Test
    void aSearchableScanIsReadAsTheScanItIs() throws Exception {
        try (PDDocument doc = PDDocument.load(SEARCHABLE.toFile())) {
            DrawnPage p = PageScanner.scanDrawn(doc.getPage(0), 1);
            assertTrue(TextLayer.of(p.page()).mapped() > 300, "the fixture carries ocrmypdf's hidden layer");
            assertEquals(TextLayer.of(p.page()).mapped(), p.hiddenChars(), "all of it in rendering mode 3");
        }
        Truth truth = Truth.load("012");
        Report r = Xxgk.extract(SEARCHABLE, Limits.DEFAULT.withTimeout(null));
        assertEquals(1, r.ocrPages());
        assertEquals(truth.year(), r.year());
        assertEquals(truth.format(), r.format().code());
        assertEquals(truth.agency(), r.agency());
        assertEquals(9, assertCellsAreTruth(truth, r), "every t2 cell on the page");
    }

    @Test
    void withOcrOffASearchableScanIsNeedsOcrNotItsHiddenText() {
        XxgkException e = assertThrows(XxgkException.class,
                () -> Xxgk.extract(SEARCHABLE, Limits.DEFAULT.withTimeout(null).withOcr(OcrMode.NEVER)));
        assertEquals(XxgkException.Reason.NEEDS_OCR, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains("never seen"), e.getMessage());
    }

    /**
     * 004's chrome.pdf with a hidden watermark word at the top of each page and, on each page, a hidden digit right
     * after the first printed digit (where a hidden index term or a stray layer would join a cell's number): the
     * pages stay pages of print, read without OCR, and give the same cells as the report without them.
     */
    @Test
    void aFewHiddenWordsLeaveAPageOfPrint() throws Exception {
        Path chrome = Path.of("fixtures/corpus/004/chrome.pdf");
        Report plain = Xxgk.extract(chrome, Limits.DEFAULT.withTimeout(null));
        byte[] marked;
        try (PDDocument doc = PDDocument.load(chrome.toFile())) {
            int pageNo = 0;
            for (PDPage page : doc.getPages()) {
                pageNo++;
                Glyph digit = lastDigitInATable(PageScanner.scan(page, pageNo));
                float h = page.getCropBox().getHeight();
                try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    hiddenText(cs, "CONFIDENTIAL", 10, 40, h - 20);
                    hiddenText(cs, "7", digit.size(), digit.right() + 0.2f, h - digit.bottom() + 0.15f * digit.size());
                }
            }
            marked = save(doc);
        }
        try (PDDocument doc = PDDocument.load(marked)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                DrawnPage p = PageScanner.scanDrawn(doc.getPage(i), i + 1);
                assertEquals(13, p.hiddenChars(), "the watermark and the digit are on page " + (i + 1));
                assertFalse(p.isHiddenText());
            }
        }
        Report r = Xxgk.extract(marked, "watermarked.pdf", Limits.DEFAULT.withTimeout(null));
        assertEquals(0, r.ocrPages());
        assertEquals(cells(plain), cells(r));
        assertEquals(plain.year(), r.year());
        assertEquals(plain.agency(), r.agency());
    }

    /**
     * A page whose text lies under an opaque picture of the whole page is read from the picture: 005's chrome.pdf
     * page 1 (2022) with a picture of 004's chrome.pdf page 1 (2021) drawn over it. What the page shows is 004's
     * title and table 二, whatever the text under it says.
     */
    @Test
    void textUnderAnOpaquePageSizedPictureIsNotPrint() throws Exception {
        byte[] covered;
        try (PDDocument text = PDDocument.load(new File("fixtures/corpus/005/chrome.pdf"));
             PDDocument shown = PDDocument.load(new File("fixtures/corpus/004/chrome.pdf"))) {
            while (text.getNumberOfPages() > 1) {
                text.removePage(text.getNumberOfPages() - 1);
            }
            BufferedImage img = new PDFRenderer(shown).renderImageWithDPI(0, 150, ImageType.GRAY);
            PDPage page = text.getPage(0);
            try (PDPageContentStream cs = new PDPageContentStream(text, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.drawImage(JPEGFactory.createFromImage(text, img, 0.9f), 0, 0,
                        page.getCropBox().getWidth(), page.getCropBox().getHeight());
            }
            covered = save(text);
        }
        Truth shown = Truth.load("004");
        assertNotEquals(shown.year(), Truth.load("005").year(), "the two pages tell different years");
        long onPage1 = Xxgk.extract(Path.of("fixtures/corpus/004/chrome.pdf"), Limits.DEFAULT.withTimeout(null)).cells().stream()
                .filter(c -> Integer.valueOf(1).equals(c.page())).count();
        Report r = Xxgk.extract(covered, "covered.pdf", Limits.DEFAULT.withTimeout(null));
        assertEquals(1, r.ocrPages());
        assertEquals(shown.year(), r.year());
        assertEquals(onPage1, assertCellsAreTruth(shown, r), "the cells 004's page 1 prints");
    }

    /** The last digit printed in a ruled table's cell: a hidden digit after it would join that cell's number. */
    private static Glyph lastDigitInATable(PageObjects page) {
        Glyph last = null;
        for (Grid grid : Lattice.find(page)) {
            for (Glyph g : page.glyphs()) {
                if (Character.isDigit(g.text().charAt(0)) && grid.cells().stream().anyMatch(c -> c.contains(g.cx(), g.cy()))) {
                    last = g;
                }
            }
        }
        assertTrue(last != null, "page " + page.number() + " has a table with a number");
        return last;
    }

    /** Every cell the report has is the truth's; returns how many it has. */
    private static int assertCellsAreTruth(Truth truth, Report r) {
        for (ReportCell c : r.cells()) {
            String k = c.key().toString();
            assertTrue(truth.cells().containsKey(k), k + " is not in truth.json");
            BigDecimal want = truth.cells().get(k);
            assertTrue(want == null ? c.value() == null : c.value() != null && c.value().compareTo(want) == 0,
                    k + " = " + c.value() + ", truth " + want);
        }
        return r.cells().size();
    }

    private static Map<String, BigDecimal> cells(Report r) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        r.cells().forEach(c -> m.put(c.key().toString(), c.value()));
        return m;
    }

    private static void hiddenText(PDPageContentStream cs, String s, float size, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(PDType1Font.HELVETICA, size);
        cs.setRenderingMode(RenderingMode.NEITHER);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
