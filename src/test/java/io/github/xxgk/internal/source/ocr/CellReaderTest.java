package io.github.xxgk.internal.source.ocr;

import io.github.xxgk.Truth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.File;
import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Cells cut from straightened corpus scans (the cell inside a 12-pixel margin of the page around it), read as the
 * page reader reads them, against truth.json.
 */
class CellReaderTest {

    private static final int MARGIN = 12;

    @AfterAll
    static void close() {
        OcrEngine.closeAll();
    }

    /** @param threshold the page's Otsu threshold (a crop's own differs, and so does what Tesseract reads) */
    private static CellText read(String fixture, int threshold, int inset) throws Exception {
        GrayImage img = GrayImage.of(ImageIO.read(new File("fixtures/ocr/" + fixture)));
        CellReader reader = new CellReader(OcrEngine.forThisThread(), img, Ink.of(img, threshold), inset);
        return reader.read(MARGIN, MARGIN, img.width() - MARGIN, img.height() - MARGIN);
    }

    /**
     * 005/scan.pdf's t3 总计 of 总计 (157 dpi): Tesseract's line mode reads the clear 75 as 1 at 30 px; the other
     * readings (NumberVote) outvote it, and the dissenting reading keeps the cell in doubt.
     */
    @Test
    void aClear75ReadAs1AtOneHeightIsOutvotedAndStaysInDoubt() throws Exception {
        BigDecimal want = Truth.load("005").cells().get("t3.total_processed.total");
        CellText t = read("005-scan-total-75.png", 159, 3);
        assertEquals(want.toPlainString(), t.text());
        assertNotNull(t.otherReading(), "two readings that differ stay in doubt");
    }
}
