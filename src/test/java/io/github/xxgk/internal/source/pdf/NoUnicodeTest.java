package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.Xxgk;
import io.github.xxgk.report.XxgkException;
import io.github.xxgk.report.XxgkException.Reason;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text with no Unicode mapping (fixtures/pdf/no-unicode.pdf, made by {@link NoUnicodeFixture}): the glyphs
 * are drawn but their codes map to no character, so the file is reported as needing OCR, never guessed.
 */
class NoUnicodeTest {

    private static final Path FILE = Path.of("fixtures/pdf/no-unicode.pdf");

    @Test
    void theFixtureHasGlyphsButNoToUnicodeMaps() throws Exception {
        try (PDDocument doc = PDDocument.load(FILE.toFile())) {
            assertEquals(5, doc.getNumberOfPages());
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(n);
                    assertFalse(f.getCOSObject().containsKey(COSName.TO_UNICODE), f.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void textWithoutUnicodeMappingNeedsOcrWhenOcrIsOff() throws Exception {
        // with OCR on (the default) such pages are read by OCR instead
        XxgkException e = assertThrows(XxgkException.class,
                () -> io.github.xxgk.report.Limits.DEFAULT.withOcr(io.github.xxgk.report.OcrMode.NEVER)
                        .callWith(() -> new PdfSource().read(Files.readAllBytes(FILE), FILE.toString())));
        assertEquals(Reason.NEEDS_OCR, e.reason());
        assertTrue(e.getMessage().contains("no Unicode mapping"), e.getMessage());

        XxgkException api = assertThrows(XxgkException.class, () -> Xxgk.extract(FILE, io.github.xxgk.report.Limits.DEFAULT.withTimeout(null).withOcr(io.github.xxgk.report.OcrMode.NEVER)));
        assertEquals(Reason.NEEDS_OCR, api.reason());
    }
}
