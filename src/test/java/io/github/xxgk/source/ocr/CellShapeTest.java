package io.github.xxgk.source.ocr;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Cells cut from the corpus's table pictures (screen resolution, enlarged to 200 dpi as the picture reader does),
 * whose print we know by looking at them.
 */
class CellShapeTest {

    @AfterAll
    static void close() {
        OcrEngine.closeAll();
    }

    private static final double ENLARGED = 200 / 96.0;

    /** A corpus report's table picture at 96 dpi, enlarged to 200 dpi. */
    static GrayImage enlarged(String id, String picture) throws Exception {
        Path file = Path.of("fixtures", "corpus", id, "imgpage_files", picture);
        return GrayImage.of(ImageIO.read(file.toFile())).scaledPadded(ENLARGED, 0);
    }

    /** The cell whose rulings are at x0, y0, x1, y1 in the 96-dpi picture. */
    static CellText read(GrayImage page, int x0, int y0, int x1, int y1) throws Exception {
        CellReader reader = new CellReader(OcrEngine.forThisThread(), page, Ink.of(page, Ink.otsu(page)), 4);
        return reader.read(px(x0), px(y0), px(x1), px(y1));
    }

    private static int px(int at96) {
        return (int) Math.round(at96 * ENLARGED);
    }

    /**
     * 复议后起诉 in a narrow font: every glyph is split into parts narrower than a digit, so it passes the shape
     * test, and the digits model read "2" at confidence 86. A one-digit reading of a five-glyph-wide print is
     * not a number: the cell is a label.
     */
    @Test
    void narrowChineseHeaderIsALabel() throws Exception {
        // 012's table 四: the header over the last five columns, 复议后起诉
        CellText t = read(enlarged("012", "t2.jpg"), 599, 38, 893, 66);
        assertFalse(t.value(), t.toString());
        assertEquals("复议后起诉", t.text());
    }

    @Test
    void aReadingNarrowerThanItsPrintDoesNotFit() {
        CellText two = new CellText("2", 90f, null, true);
        assertFalse(CellReader.fitsItsPrint(two, 158, 32));
        assertEquals(true, CellReader.fitsItsPrint(two, 16, 32));
        assertEquals(true, CellReader.fitsItsPrint(new CellText("75394432.52", 90f, null, true), 11 * 18, 32));
    }

    /**
     * Digits that line mode alone misread (truth.json): 004's t4.review.upheld, a lone 1 read as nothing at every
     * height; 009's t3.denied_state_secret.research_institution, a 0 read as 1 by raw-line mode at two heights.
     */
    @Test
    void digitsLineModeAloneMisreads() throws Exception {
        assertEquals("1", read(enlarged("004", "t2.jpg"), 10, 117, 73, 145).text());
        assertEquals("0", read(enlarged("009", "t1.jpg"), 587, 252, 649, 280).text());
    }
}
