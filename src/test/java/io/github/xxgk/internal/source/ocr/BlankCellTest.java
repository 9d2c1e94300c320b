package io.github.xxgk.internal.source.ocr;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cell without print is blank for certain only when nothing darker than paper lies in it. On 009's table
 * picture (enlarged as the picture reader does), the cell of t3.denied_state_secret.research_institution (a 0),
 * degraded the ways a number is lost on unseen reports: its 0 erased (a blank cell), a seal's stroke over the
 * erased cell (seen in the page's colour-kept image only), its 0 faded fainter than the page's threshold. No engine
 * runs: a cell the threshold shows no print in is never read.
 */
class BlankCellTest {

    private static final int X0 = px(587);
    private static final int Y0 = px(252);
    private static final int X1 = px(649);
    private static final int Y1 = px(280);

    private static int px(int at96) {
        return (int) Math.round(at96 * 200 / 96.0);
    }

    private static GrayImage page() throws Exception {
        return CellShapeTest.enlarged("009", "t1.jpg");
    }

    /** The box of the cell's print: its 0. */
    private static int[] glyph(GrayImage page, int threshold) {
        NumberPrint p = new CellReader(null, page, Ink.of(page, threshold), 4).printOf(X0, Y0, X1, Y1);
        NumberPrint.Part g = p.parts().get(0);
        return new int[] {g.x0() - 2, g.top() - 2, g.x1() + 2, g.bottom() + 2};
    }

    /** The page with each pixel of the box passed through f. */
    private static GrayImage edited(GrayImage page, int[] box, java.util.function.IntUnaryOperator f) {
        byte[] p = page.pixels().clone();
        for (int y = box[1]; y < box[3]; y++) {
            for (int x = box[0]; x < box[2]; x++) {
                p[y * page.width() + x] = (byte) f.applyAsInt(page.get(x, y));
            }
        }
        return new GrayImage(page.width(), page.height(), p);
    }

    private static CellText read(GrayImage page, int threshold, Ink cover) {
        return new CellReader(null, page, Ink.of(page, threshold), cover, 4).read(X0, Y0, X1, Y1);
    }

    @Test
    void anEmptyCellIsBlankForCertain() throws Exception {
        GrayImage page = page();
        int threshold = Ink.otsu(page);
        GrayImage erased = edited(page, glyph(page, threshold), v -> 255);
        assertSame(CellText.BLANK, read(erased, threshold, null));
    }

    /** The silent misread of an unseen scan: a t3 总计 0 read as blank under a seal. */
    @Test
    void aSealOverACellLeavesItInDoubt() throws Exception {
        GrayImage page = page();
        int threshold = Ink.otsu(page);
        int[] box = glyph(page, threshold);
        GrayImage erased = edited(page, box, v -> 255);
        // the seal's red ring, as dark as print in the colour-kept image: a band across the cell
        int[] ring = {X0 + 8, (box[1] + box[3]) / 2 - 2, X1 - 8, (box[1] + box[3]) / 2 + 3};
        GrayImage colourKept = edited(erased, ring, v -> 90);
        assertSame(CellText.BLANK, read(erased, threshold, null), "without the seal the cell is blank");
        assertSame(CellReader.INK_UNREAD, read(erased, threshold, Ink.of(colourKept, threshold)));
    }

    @Test
    void aNumberFainterThanTheThresholdLeavesTheCellInDoubt() throws Exception {
        GrayImage page = page();
        int threshold = Ink.otsu(page);
        // the 0's darkest pixel 255 - 0.3 * 255 = 179: paler than the threshold, darker than paper
        GrayImage faded = edited(page, glyph(page, threshold), v -> 255 - (int) Math.round((255 - v) * 0.3));
        int[] box = glyph(page, threshold);
        int darkest = 255;
        for (int y = box[1]; y < box[3]; y++) {
            for (int x = box[0]; x < box[2]; x++) {
                darkest = Math.min(darkest, faded.get(x, y));
            }
        }
        assertTrue(darkest >= threshold, "the faded 0 is below the threshold: " + darkest + " vs " + threshold);
        assertSame(CellReader.INK_UNREAD, read(faded, threshold, null));
    }
}
