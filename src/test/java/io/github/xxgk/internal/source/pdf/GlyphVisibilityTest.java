package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.pdf.page.Glyph;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which glyphs a reader of the printed page never sees, on one-page PDFs written here with PDFBox: each case
 * draws a visible word "SEEN" (4 characters) and a word "HIDDEN" (6 characters) in the way under test, so the
 * page has 10 characters of which the case says how many are hidden.
 */
class GlyphVisibilityTest {

    private static final PDRectangle A4 = PDRectangle.A4;

    /** Draws on the page's content stream. */
    private interface Drawing {
        void draw(PDDocument doc, PDPageContentStream cs) throws IOException;
    }

    @Test
    void invisibleRenderingModesHideText() throws Exception {
        assertEquals(6, hidden((doc, cs) -> text(cs, "HIDDEN", 100, 600, RenderingMode.NEITHER)));
        assertEquals(6, hidden((doc, cs) -> text(cs, "HIDDEN", 100, 600, RenderingMode.NEITHER_CLIP)));
        assertEquals(0, hidden((doc, cs) -> text(cs, "HIDDEN", 100, 600, RenderingMode.STROKE)));
        assertEquals(0, hidden((doc, cs) -> text(cs, "HIDDEN", 100, 600, RenderingMode.FILL_CLIP)));
    }

    @Test
    void fullyTransparentTextIsHidden() throws Exception {
        assertEquals(6, hidden((doc, cs) -> {
            cs.saveGraphicsState();
            PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
            gs.setNonStrokingAlphaConstant(0f);
            cs.setGraphicsStateParameters(gs);
            text(cs, "HIDDEN", 100, 600, RenderingMode.FILL);
            cs.restoreGraphicsState();
        }));
    }

    @Test
    void textClippedAwayIsHiddenButTextPastThePageEdgeIsNot() throws Exception {
        // a clip around the upper half of the page: text in the lower half is cut away
        assertEquals(6, hidden((doc, cs) -> {
            cs.saveGraphicsState();
            cs.addRect(0, A4.getHeight() / 2, A4.getWidth(), A4.getHeight() / 2);
            cs.clip();
            text(cs, "HIDDEN", 100, 100, RenderingMode.FILL);
            cs.restoreGraphicsState();
        }));
        // the clip ends with the graphics state that set it
        assertEquals(0, hidden((doc, cs) -> {
            cs.saveGraphicsState();
            cs.addRect(0, A4.getHeight() / 2, A4.getWidth(), A4.getHeight() / 2);
            cs.clip();
            cs.restoreGraphicsState();
            text(cs, "HIDDEN", 100, 100, RenderingMode.FILL);
        }));
        // a table column drawn past the page's right edge is still read (PageScanner keeps it on purpose)
        assertEquals(0, hidden((doc, cs) -> text(cs, "HIDDEN", A4.getWidth() + 20, 600, RenderingMode.FILL)));
    }

    @Test
    void anOpaquePictureDrawnAfterTextCoversIt() throws Exception {
        // the picture drawn over the word
        assertEquals(6, hidden((doc, cs) -> {
            text(cs, "HIDDEN", 100, 600, RenderingMode.FILL);
            cs.drawImage(picture(doc, false), 80, 580, 200, 60);
        }));
        // a picture beside the word covers nothing
        assertEquals(0, hidden((doc, cs) -> {
            text(cs, "HIDDEN", 100, 600, RenderingMode.FILL);
            cs.drawImage(picture(doc, false), 300, 580, 200, 60);
        }));
        // a picture under the word (drawn first) is a background: the word is printed over it
        assertEquals(0, hidden((doc, cs) -> {
            cs.drawImage(picture(doc, false), 80, 580, 200, 60);
            text(cs, "HIDDEN", 100, 600, RenderingMode.FILL);
        }));
        // a picture with transparency (a soft mask) lets the word show through
        assertEquals(0, hidden((doc, cs) -> {
            text(cs, "HIDDEN", 100, 600, RenderingMode.FILL);
            cs.drawImage(picture(doc, true), 80, 580, 200, 60);
        }));
    }

    @Test
    void aPageIsHiddenTextWhenMostOfItsCharactersAre() throws Exception {
        // 6 of 10 hidden: the page is a searchable scan's
        DrawnPage most = page((doc, cs) -> text(cs, "HIDDEN", 100, 600, RenderingMode.NEITHER));
        assertTrue(most.isHiddenText());
        assertEquals(4, TextLayer.of(most.asPrint()).mapped());
        assertEquals(10, TextLayer.of(most.page()).mapped());
        // 4 of 14: a few hidden words on a page of print
        DrawnPage few = page((doc, cs) -> {
            text(cs, "SEENTOO", 100, 500, RenderingMode.FILL);
            text(cs, "HIDE", 100, 600, RenderingMode.NEITHER);
        });
        assertEquals(4, few.hiddenChars());
        assertFalse(few.isHiddenText());
        assertEquals(11, TextLayer.of(few.asPrint()).mapped(), "the words in mode 3 are dropped");
        // nothing hidden: the page is passed on as scanned
        DrawnPage none = page((doc, cs) -> text(cs, "SEENTOO", 100, 500, RenderingMode.FILL));
        assertFalse(none.isHiddenText());
        assertTrue(none.asPrint() == none.page());
    }

    /**
     * On a page of print, text that paints nothing is dropped, but the page's own text cut by a clip (a number
     * overflowing its cell) or under a stamped picture (a seal over the signature) is kept, as typed.
     */
    @Test
    void aPageOfPrintDropsOnlyTextThatPaintsNothing() throws Exception {
        DrawnPage unpainted = page((doc, cs) -> {
            text(cs, "SEENTOO", 100, 500, RenderingMode.FILL);
            text(cs, "HIDE", 100, 600, RenderingMode.NEITHER);
        });
        assertEquals(11, TextLayer.of(unpainted.asPrint()).mapped(), "SEEN and SEENTOO");
        DrawnPage covered = page((doc, cs) -> {
            text(cs, "SEENTOO", 100, 500, RenderingMode.FILL);
            text(cs, "HIDE", 100, 600, RenderingMode.FILL);
            cs.drawImage(picture(doc, false), 80, 580, 200, 60);
        });
        assertEquals(4, covered.hiddenChars());
        assertEquals(15, TextLayer.of(covered.asPrint()).mapped());
        DrawnPage clipped = page((doc, cs) -> {
            text(cs, "SEENTOO", 100, 500, RenderingMode.FILL);
            cs.saveGraphicsState();
            cs.addRect(0, 0, 100, 100);
            cs.clip();
            text(cs, "HIDE", 100, 600, RenderingMode.FILL);
            cs.restoreGraphicsState();
        });
        assertEquals(4, clipped.hiddenChars());
        assertEquals(15, TextLayer.of(clipped.asPrint()).mapped());
    }

    private static int hidden(Drawing d) throws IOException {
        DrawnPage p = page(d);
        assertEquals(p.hiddenChars(), TextLayer.of(p.page()).mapped() - TextLayer.of(p.asPrint()).mapped());
        return p.hiddenChars();
    }

    /** A page with the visible word "SEEN" at the top and what the drawing adds, scanned after a save and reload. */
    private static DrawnPage page(Drawing d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, "SEEN", 100, 750, RenderingMode.FILL);
                d.draw(doc, cs);
            }
            doc.save(out);
        }
        try (PDDocument doc = PDDocument.load(out.toByteArray())) {
            DrawnPage p = PageScanner.scanDrawn(doc.getPage(0), 1);
            // the word drawn first is printed, whatever the case does after it
            assertEquals("SEEN", String.join("", p.page().glyphs().subList(0, 4).stream().map(Glyph::text).toList()));
            assertTrue(p.page().glyphs().subList(0, 4).stream().noneMatch(p.hidden()::contains));
            return p;
        }
    }

    private static void text(PDPageContentStream cs, String s, float x, float y, RenderingMode mode) throws IOException {
        cs.beginText();
        cs.setFont(PDType1Font.HELVETICA, 20);
        cs.setRenderingMode(mode);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** A grey picture, opaque or with an alpha channel (which PDFBox writes as a soft mask). */
    private static PDImageXObject picture(PDDocument doc, boolean alpha) throws IOException {
        BufferedImage img = new BufferedImage(40, 12, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(alpha ? new Color(128, 128, 128, 128) : Color.GRAY);
        g.fillRect(0, 0, 40, 12);
        g.dispose();
        return LosslessFactory.createFromImage(doc, img);
    }
}
