package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.report.Report;
import io.github.xxgk.Truth;
import io.github.xxgk.Xxgk;
import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.Limits;
import io.github.xxgk.report.OcrMode;
import io.github.xxgk.internal.source.ocr.OcrEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A PDF whose prose is text and whose tables are pictures: fixtures/pdf/009-printed-imgpage.pdf is 009's
 * imgpage.html (each table a JPEG in imgpage_files/) printed to PDF by Chromium
 * ({@code chromium --headless --no-sandbox --no-pdf-header-footer --print-to-pdf=OUT file:///…/imgpage.html}).
 * Its pages have usable text, so only the picture reader ({@link ImageTables}) can give its tables.
 */
class ImageTablesTest {

    private static final Path PRINTED = Path.of("fixtures/pdf/009-printed-imgpage.pdf");

    @AfterAll
    static void close() {
        OcrEngine.closeAll();
    }

    @Test
    void tablePicturesOnPagesWithTextAreReadInTheirPlace() throws Exception {
        Truth truth = Truth.load("009");
        Report r = Xxgk.extract(PRINTED, Limits.DEFAULT.withTimeout(null));
        assertEquals(2, r.ocrPages(), "page 1 draws table 二, page 2 tables 三 and 四");
        // today 186/186; every wrong or missing cell must be named by a failed check
        truth.assertRead(r, 0.98);
        Report text = Xxgk.extract(Path.of("fixtures/corpus/009/chrome.pdf"), Limits.DEFAULT.withTimeout(null));
        assertEquals(text.agency(), r.agency(), "the title comes from the text layer, as from the report printed as text");
    }

    @Test
    void withoutOcrThePicturesGiveNothing() {
        XxgkException e = assertThrows(XxgkException.class,
                () -> Xxgk.extract(PRINTED, Limits.DEFAULT.withTimeout(null).withOcr(OcrMode.NEVER)));
        assertEquals(XxgkException.Reason.NO_TABLES, e.reason());
    }

    /**
     * The boxes the pictures are drawn in, against poppler's {@code pdfimages -list}: page 2 draws two pictures
     * 904 px wide at 125 ppi (904x818 and 904x156 px), so 520.7 pt wide, 471.2 and 89.9 pt high.
     */
    @Test
    void picturesArePlacedWhereTheyAreDrawn() throws Exception {
        try (PDDocument doc = PDDocument.load(new File(PRINTED.toString()))) {
            assertTrue(DrawnImages.hasLargeImage(doc.getPage(1)));
            List<DrawnImages.Drawn> drawn = DrawnImages.of(doc.getPage(1), 0);
            assertEquals(2, drawn.size());
            DrawnImages.Drawn t3 = drawn.get(0);
            DrawnImages.Drawn t4 = drawn.get(1);
            assertEquals(904, t3.image().getWidth());
            assertEquals(818, t3.image().getHeight());
            assertEquals(904 / 125.0 * 72, t3.w(), 1.0);
            assertEquals(818 / 125.0 * 72, t3.h(), 1.0);
            assertEquals(156 / 125.0 * 72, t4.h(), 1.0);
            assertTrue(t4.y() >= t3.y() + t3.h(), "table 四 is drawn below table 三");
            assertTrue(t3.x() >= 0 && t3.x() + t3.w() <= doc.getPage(1).getCropBox().getWidth());
        }
    }

    /**
     * A picture with printed text over it is the text layer's, not read again: page 2's pictures get ten glyphs each of
     * text over them, and only page 1's picture is read. Invisible text over a picture (a searchable scan's
     * hidden layer) is no print: it does not keep the picture from being read.
     */
    @Test
    void aPictureWithTextOverItIsLeftToTheText() throws Exception {
        try (PDDocument doc = PDDocument.load(withTextOverPictures(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.NEITHER))) {
            DrawnPage p = PageScanner.scanDrawn(doc.getPage(1), 2);
            assertEquals(20, p.hiddenChars(), "ten characters over each of the two pictures");
            for (DrawnImages.Drawn d : DrawnImages.of(doc.getPage(1), 0)) {
                assertTrue(p.asPrint().glyphs().stream().noneMatch(g -> !g.isSpace() && g.cx() > d.x() && g.cx() < d.x() + d.w()
                        && g.cy() > d.y() && g.cy() < d.y() + d.h()), "no visible glyph over the picture");
            }
        }
        byte[] pdf = withTextOverPictures(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
        Report r = Xxgk.extract(pdf, "searchable.pdf", Limits.DEFAULT.withTimeout(null));
        assertEquals(1, r.ocrPages(), "only page 1's picture is read");
        assertTrue(r.cells().stream().noneMatch(c -> c.key().toString().startsWith("t3.")), "table 三 is not read");
        assertTrue(r.cells().stream().anyMatch(c -> c.key().toString().startsWith("t2.")), "table 二 is");
    }

    /** The printed PDF with "12345 67890" written over each of page 2's pictures in the given rendering mode. */
    private static byte[] withTextOverPictures(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode mode) throws Exception {
        try (PDDocument doc = PDDocument.load(new File(PRINTED.toString()))) {
            org.apache.pdfbox.pdmodel.PDPage page = doc.getPage(1);
            List<DrawnImages.Drawn> drawn = DrawnImages.of(page, 0);
            float ph = page.getCropBox().getHeight();
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page,
                    org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, true, true)) {
                for (DrawnImages.Drawn d : drawn) {
                    cs.beginText();
                    cs.setFont(org.apache.pdfbox.pdmodel.font.PDType1Font.HELVETICA, 10);
                    cs.setRenderingMode(mode);
                    cs.newLineAtOffset(d.x() + 20, ph - d.y() - d.h() / 2);
                    cs.showText("12345 67890");
                    cs.endText();
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A born-digital page draws no picture and is never looked at by the picture reader. */
    @Test
    void aBornDigitalPageHasNoLargeImage() throws Exception {
        try (PDDocument doc = PDDocument.load(new File("fixtures/corpus/009/chrome.pdf"))) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                assertFalse(DrawnImages.hasLargeImage(doc.getPage(i)));
            }
        }
    }
}
