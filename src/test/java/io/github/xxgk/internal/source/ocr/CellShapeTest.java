package io.github.xxgk.internal.source.ocr;

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

    /**
     * Digits whose thin diagonal fades when the picture is enlarged, leaving two bands of ink (truth.json): 002's
     * t3.granted.natural_person, a 7 that chi_sim read as 肖; 004's t4.review.other_result, a 2 read as "2)".
     */
    @Test
    void digitsInPiecesAreOneLine() throws Exception {
        CellText seven = read(enlarged("002", "t1.jpg"), 474, 173, 525, 201);
        assertEquals("7", seven.text());
        assertEquals(true, seven.value());
        assertEquals("2", read(enlarged("004", "t2.jpg"), 137, 117, 200, 145).text());
    }

    /** Bands measured on those cells and on two-line labels of the same pictures. */
    @Test
    void piecesJoinLinesDoNot() {
        // 7: its bar and its stem
        assertEquals(1, InkBox.joinFragments(java.util.List.of(new int[] {379, 385}, new int[] {389, 404})).size());
        // 2: its top and its base
        assertEquals(1, InkBox.joinFragments(java.util.List.of(new int[] {263, 277}, new int[] {284, 288})).size());
        // 结果纠\n正: two lines
        assertEquals(2, InkBox.joinFragments(java.util.List.of(new int[] {153, 185}, new int[] {202, 231})).size());
        // 总\n计, 总 in two pieces: 总 joins, 计 stays its own line
        java.util.List<int[]> total = InkBox.joinFragments(
                java.util.List.of(new int[] {154, 171}, new int[] {173, 184}, new int[] {201, 232}));
        assertEquals(2, total.size());
        assertEquals(154, total.get(0)[0]);
        assertEquals(184, total.get(0)[1]);
    }

    /**
     * 规章, a two-glyph label of 009's chrome.pdf rendered at 150 dpi (fixtures/ocr/009-chrome-150dpi.tif, page 1,
     * 200 dpi once enlarged), that chi_sim read as nothing at 28, 34 and 40 px: the row and its three cells were
     * lost, and its values went to the next block's keys.
     */
    @Test
    void shortLabelIsReadAtSomeHeight() throws Exception {
        java.util.List<io.github.xxgk.internal.source.ocr.Pictures.Picture> pages = io.github.xxgk.internal.source.ocr.PictureFiles.decode(
                java.nio.file.Files.readAllBytes(Path.of("fixtures", "ocr", "009-chrome-150dpi.tif")), "009.tif");
        GrayImage page = pages.get(0).image().scaledPadded(200 / pages.get(0).dpi(), 0);
        CellReader reader = new CellReader(OcrEngine.forThisThread(), page, Ink.of(page, Ink.otsu(page)), 4);
        assertEquals("规章", reader.read(145, 1215, 405, 1282).text());
    }
}
