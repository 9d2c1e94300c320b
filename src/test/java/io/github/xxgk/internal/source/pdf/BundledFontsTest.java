package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.model.Row;
import io.github.xxgk.internal.source.model.SourceDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading a PDF puts {@link BundledFonts} in place of PDFBox's system-font mapper, and text in a font the PDF
 * does not embed still reads right, with the widths of the font's published metrics, not the stand-in's.
 */
class BundledFontsTest {

    @Test
    void textInANonEmbeddedFontReadsWithItsOwnMetrics() throws Exception {
        Class.forName(PdfReader.class.getName()); // installs the mapper, as the first PDF of a run does
        assertInstanceOf(BundledFonts.class, FontMappers.instance());

        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(PDType1Font.HELVETICA, 12); // one of the 14 standard fonts: never embedded
                cs.newLineAtOffset(72, 700);
                cs.showText("Annual report 2023 table 12 345");
                cs.endText();
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        SourceDocument read = PdfReader.read(pdf, "helvetica.pdf");
        assertEquals(1, read.pages());
        assertTrue(read.rows().stream().map(Row::text).anyMatch(t -> t.contains("Annual report 2023")), read.rows().toString());
        // Helvetica's Adobe metrics (Helvetica.afm: C 65 ; WX 667 ; N A); Liberation Sans, the stand-in, has its own
        assertEquals(667f, PDType1Font.HELVETICA.getWidth('A'));
        assertEquals(278f, PDType1Font.HELVETICA.getWidth(' '));
    }

    /** The stand-in a Type 1 font is given, parsed only when asked, answers as Liberation Sans parsed here. */
    @Test
    void theStandInOfAType1FontIsLiberationSans() throws Exception {
        FontBoxFont standIn = new BundledFonts().getFontBoxFont("Helvetica", null).getFont();
        TrueTypeFont liberation;
        try (var in = FontMapper.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            liberation = new TTFParser().parse(in);
        }
        assertEquals(liberation.getName(), standIn.getName());
        assertEquals(liberation.getFontBBox().toString(), standIn.getFontBBox().toString());
        assertEquals(liberation.getFontMatrix(), standIn.getFontMatrix());
        for (String glyph : new String[] {"A", "space", "zero", "uni4E2D", "notaglyph"}) {
            assertEquals(liberation.hasGlyph(glyph), standIn.hasGlyph(glyph), glyph);
            assertEquals(liberation.getWidth(glyph), standIn.getWidth(glyph), glyph);
            assertEquals(liberation.getPath(glyph).getBounds2D(), standIn.getPath(glyph).getBounds2D(), glyph);
        }
        assertTrue(standIn.hasGlyph("A") && standIn.getWidth("A") > 0);
    }
}
