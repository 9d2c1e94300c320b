package io.github.xxgk.internal.source.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.File;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A scanned page made from its picture's samples ({@link ImagePage}) is the page PDFBox's renderer makes, pixel for
 * pixel: the placement, the interpolation and the rounding are Java2D's, so no difference is allowed, and any would
 * mean the fast path has drifted from the renderer whose pages OCR was tuned on. A page that paints anything else
 * is left to the renderer ({@link SoleImage}).
 */
class ImagePageTest {

    /**
     * Corpus scans: 002's colour scan-seal (200 dpi, its picture a fraction of a pixel off the page's pixel rows),
     * 009's scan (150 dpi), 009 at 100 dpi rendered at 150 (interpolated in both axes), and 012's page made
     * searchable by ocrmypdf (its picture and a form of text in rendering mode 3, which paints nothing).
     */
    @ParameterizedTest
    @CsvSource({"fixtures/corpus/002/scan-seal.pdf", "fixtures/corpus/009/scan.pdf", "fixtures/pdf/009-dpi100.pdf",
            "fixtures/pdf/searchable-scan.pdf"})
    void aScanPageIsTheRenderersPage(String pdf) throws Exception {
        try (PDDocument doc = PDDocument.load(new File(pdf))) {
            assertSameAsRenderer(doc, 0);
        }
    }

    /** The page's drawing built around a real scan's picture: only the picture, upright and uncut, takes the fast path. */
    @Test
    void onlyAPageThatPaintsOnePlainPictureTakesTheFastPath() throws Exception {
        try (PDDocument doc = PDDocument.load(new File("fixtures/corpus/009/scan.pdf"))) {
            PDImageXObject scan = pictureOf(doc.getPage(0));
            assertSameAsRenderer(doc, page(doc, cs -> cs.drawImage(scan, 0, 40, 595, 760)));
            assertSameAsRenderer(doc, page(doc, cs -> {
                cs.drawImage(scan, 0, 40, 595, 760);
                text(cs, RenderingMode.NEITHER);
            }));
            // shrunk to two thirds and off the page's pixel grid in both axes, paper around it
            assertSameAsRenderer(doc, page(doc, cs -> cs.drawImage(scan, 50.3f, 80.7f, 400, 520)));
            // a page as large as the picture at 152 dpi (as PIL and img2pdf make them), where the scale comes out a hair
            // off 1 in floats: Java2D copies it, within its tolerance, where its interpolation would weigh a 256th of
            // the neighbours
            PDRectangle fit = new PDRectangle(scan.getWidth() * 72f / 152, scan.getHeight() * 72f / 152);
            assertSameAsRenderer(doc, page(doc, fit, cs -> cs.drawImage(scan, 0, 0, fit.getWidth(), fit.getHeight())));

            assertLeftToTheRenderer(doc, page(doc, cs -> {
                cs.drawImage(scan, 0, 40, 595, 760);
                cs.moveTo(100, 400);
                cs.lineTo(500, 400);
                cs.stroke();
            }), "a ruling drawn over the scan");
            assertLeftToTheRenderer(doc, page(doc, cs -> {
                cs.drawImage(scan, 0, 40, 595, 760);
                text(cs, RenderingMode.FILL);
            }), "visible text over the scan");
            assertLeftToTheRenderer(doc, page(doc, cs -> {
                cs.addRect(0, 300, 595, 300);
                cs.clip();
                cs.drawImage(scan, 0, 40, 595, 760);
            }), "a clip that cuts the scan");
            assertLeftToTheRenderer(doc, page(doc, cs -> cs.drawImage(scan, new Matrix(-595, 0, 0, 760, 595, 40))),
                    "the scan mirrored");
            assertLeftToTheRenderer(doc, page(doc, cs -> cs.drawImage(scan, new Matrix(595, 1, 0, 760, 0, 40))),
                    "the scan skewed");
            assertLeftToTheRenderer(doc, page(doc, cs -> {
                cs.drawImage(scan, 0, 40, 595, 760);
                cs.drawImage(scan, 400, 40, 100, 120);
            }), "a second picture");
        }
    }

    /** 60 dpi: PDFBox draws it with the nearest samples, by Java2D's own stepping, which the fast path leaves to it. */
    @Test
    void aPictureUnder72DpiIsLeftToTheRenderer() throws Exception {
        try (PDDocument doc = PDDocument.load(new File("fixtures/pdf/scan.pdf"))) {
            PDPage page = doc.getPage(0);
            SoleImage.Placed sole = PageScanner.scanDrawn(page, 1).sole();
            assertNotNull(sole, "the page paints its picture alone");
            PageImages.Rendered r = PageImages.render(doc, 0, page, null, "scan.pdf");
            assertNull(ImagePage.render(doc, page, sole, r.dpi()));
        }
    }

    private interface Drawing {
        void draw(PDPageContentStream cs) throws IOException;
    }

    /** A new A4 page of the document, drawn so; its index. */
    private static int page(PDDocument doc, Drawing drawing) throws Exception {
        return page(doc, PDRectangle.A4, drawing);
    }

    private static int page(PDDocument doc, PDRectangle size, Drawing drawing) throws Exception {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            drawing.draw(cs);
        }
        return doc.getNumberOfPages() - 1;
    }

    private static void text(PDPageContentStream cs, RenderingMode mode) throws IOException {
        cs.beginText();
        cs.setFont(PDType1Font.HELVETICA, 12);
        cs.setRenderingMode(mode);
        cs.newLineAtOffset(100, 500);
        cs.showText("2019 123 45");
        cs.endText();
    }

    private static PDImageXObject pictureOf(PDPage page) throws Exception {
        for (var name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject img) {
                return img;
            }
        }
        throw new AssertionError("the scan's page has no picture");
    }

    private static void assertSameAsRenderer(PDDocument doc, int index) throws Exception {
        PDPage page = doc.getPage(index);
        SoleImage.Placed sole = PageScanner.scanDrawn(page, index + 1).sole();
        assertNotNull(sole, "page " + (index + 1) + " paints one picture and nothing else");
        PageImages.Rendered renderer = PageImages.render(doc, index, page, null, "page");
        PageImages.Rendered fast = ImagePage.render(doc, page, sole, renderer.dpi());
        assertNotNull(fast, "page " + (index + 1) + " takes the fast path");
        assertTrue(renderer.image().samePixels(fast.image()), "page " + (index + 1) + ": brightest channel");
        assertEquals(renderer.darkest() == null, fast.darkest() == null, "page " + (index + 1) + ": colour or not");
        assertTrue(renderer.darkest() == null || renderer.darkest().samePixels(fast.darkest()),
                "page " + (index + 1) + ": darkest channel");
        assertEquals(renderer.dpi(), fast.dpi());
        // and PageImages itself, handed the picture, gives the same
        PageImages.Rendered via = PageImages.render(doc, index, page, sole, "page");
        assertTrue(renderer.image().samePixels(via.image()));
    }

    private static void assertLeftToTheRenderer(PDDocument doc, int index, String what) throws Exception {
        assertNull(PageScanner.scanDrawn(doc.getPage(index), index + 1).sole(), what);
    }
}
